package org.annalist.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One table of the dataset: a {@link TableSchema} and the {@link RowSource} its rows stream from,
 * in the schema's order. Writers read tables one pass at a time and never need all rows in memory.
 * Rows built in memory are checked against the column types on construction; rows from the store
 * are typed by the store's columns.
 */
public final class Table {
  private final TableSchema schema;
  private final RowSource source;

  public Table(TableSchema schema, RowSource source) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.source = Objects.requireNonNull(source, "source");
  }

  /** A table whose rows are in memory, already in order; for small tables and tests. */
  public static Table of(TableSchema schema, List<List<Object>> rows) {
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      copy.add(schema.check(row));
    }
    List<List<Object>> fixed = Collections.unmodifiableList(copy);
    return new Table(schema, new RowSource() {
      @Override
      public RowCursor open() {
        return RowCursor.of(fixed);
      }

      @Override
      public long size() {
        return fixed.size();
      }
    });
  }

  /** An in-memory table ordered by its primary key (the rows must already be in that order). */
  public Table(String name, String description, List<Column> columns, List<String> primaryKey, List<List<Object>> rows) {
    this(of(TableSchema.keyed(name, description, columns, primaryKey), rows));
  }

  private Table(Table t) {
    this(t.schema, t.source);
  }

  public TableSchema schema() {
    return schema;
  }

  public String name() {
    return schema.name();
  }

  public String description() {
    return schema.description();
  }

  public List<Column> columns() {
    return schema.columns();
  }

  public List<String> primaryKey() {
    return schema.primaryKey();
  }

  /** Where the rows come from: a writer that knows the store can let it copy the rows itself. */
  public RowSource source() {
    return source;
  }

  public List<String> header() {
    return schema.header();
  }

  public int columnIndex(String column) {
    return schema.columnIndex(column);
  }

  /** A new pass over the rows; close it when done. */
  public RowCursor open() throws IOException {
    return source.open();
  }

  /** Number of rows. */
  public long size() {
    try {
      return source.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code action} on every row, in order. */
  public void forEachRow(Consumer<List<Object>> action) throws IOException {
    try (RowCursor c = open()) {
      while (c.hasNext()) {
        action.accept(c.next());
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Every row in a list: only for tables known to be small (tests, summaries). */
  public List<List<Object>> readAll() throws IOException {
    List<List<Object>> out = new ArrayList<>();
    forEachRow(out::add);
    return Collections.unmodifiableList(out);
  }

  @Override
  public String toString() {
    return "Table[" + schema.name() + "]";
  }
}
