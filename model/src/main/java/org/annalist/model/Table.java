package org.annalist.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One table of the dataset: named columns and rows of typed values, in their final order.
 * A cell is {@code null} when it has no value (an empty CSV field). Rows are checked against the
 * column types on construction, so every writer can trust them.
 *
 * @param name        file stem, e.g. "troops_per_base"
 * @param description one sentence for people
 * @param columns     the columns, in output order
 * @param primaryKey  names of the columns that identify a row (may be empty)
 * @param rows        the rows, each as long as {@code columns}
 */
public record Table(String name, String description, List<Column> columns, List<String> primaryKey,
    List<List<Object>> rows) {
  public Table {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
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
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
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
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = Collections.unmodifiableList(copy);
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
}
