package org.annalist.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a table is, apart from its rows: name, purpose, columns, key and the order its rows are
 * always written in. The schemas of the dataset's tables are the contract between the engines that
 * build the tables (the embedded store, Spark) and the writers that read them.
 *
 * @param name        file stem, snake_case, e.g. "troops_per_base"
 * @param description one sentence for people
 * @param columns     the columns, in output order
 * @param primaryKey  names of the columns that identify a row (may be empty)
 * @param order       names of the columns that sort the rows, most significant first; together with
 *                    the primary key they make the order total, so output is byte-identical across runs
 */
public record TableSchema(String name, String description, List<Column> columns, List<String> primaryKey,
    List<String> order) {
  public TableSchema {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    order = List.copyOf(order);
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("table name must be snake_case: " + name);
    }
    Set<String> names = new HashSet<>();
    for (Column c : columns) {
      if (!names.add(c.name())) {
        throw new IllegalArgumentException(name + ": duplicate column " + c.name());
      }
    }
    for (String k : primaryKey) {
      if (!names.contains(k)) {
        throw new IllegalArgumentException(name + ": primary key column " + k + " missing");
      }
    }
    for (String k : order) {
      if (!names.contains(k)) {
        throw new IllegalArgumentException(name + ": order column " + k + " missing");
      }
    }
  }

  /** A schema whose rows are ordered by its primary key. */
  public static TableSchema keyed(String name, String description, List<Column> columns, List<String> primaryKey) {
    return new TableSchema(name, description, columns, primaryKey, primaryKey);
  }

  /**
   * The columns every reader sorts by: {@link #order()} made total with the rest of the primary key.
   * Both engines read each output table in this order (ascending, nulls first).
   */
  public List<String> sortKey() {
    List<String> key = new java.util.ArrayList<>(order);
    for (String k : primaryKey) {
      if (!key.contains(k)) {
        key.add(k);
      }
    }
    return List.copyOf(key);
  }

  public List<String> header() {
    return columns.stream().map(Column::name).toList();
  }

  public int columnIndex(String column) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException(name + " has no column " + column);
  }

  /** Checks one row against the column types; returns it unmodifiable. */
  public List<Object> check(List<Object> row) {
    if (row.size() != columns.size()) {
      throw new IllegalArgumentException(name + ": row has " + row.size() + " cells, expected " + columns.size());
    }
    for (int i = 0; i < row.size(); i++) {
      Object v = row.get(i);
      if (v != null && !columns.get(i).type().accepts(v)) {
        throw new IllegalArgumentException(name + "." + columns.get(i).name() + ": " + v.getClass().getSimpleName()
            + " is not " + columns.get(i).type());
      }
    }
    return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row));
  }
}
