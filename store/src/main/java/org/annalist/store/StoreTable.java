package org.annalist.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.annalist.model.Column;
import org.annalist.model.RowCursor;
import org.annalist.model.RowSource;
import org.annalist.model.Table;
import org.annalist.model.TableSchema;
import org.duckdb.DuckDBConnection;

/**
 * An output table read from the store: each pass runs the ordered query on a connection of its own
 * (so writers may read side by side) and streams the result, a fetch at a time.
 */
final class StoreTable implements RowSource {
  private static final int FETCH = 10_000;

  private final DuckDBConnection connection;
  private final TableSchema schema;
  private final String relation;
  private final String query;
  private long size = -1;

  StoreTable(DuckDBConnection connection, TableSchema schema, String relation) {
    this.connection = connection;
    this.schema = schema;
    this.relation = relation;
    this.query = Sql.select(schema, relation);
  }

  /** The store connection all {@code tables} read from, when they are all the store's. */
  static Optional<DuckDBConnection> commonConnection(List<Table> tables) {
    DuckDBConnection common = null;
    for (Table t : tables) {
      if (!(t.source() instanceof StoreTable s) || (common != null && s.connection != common)) {
        return Optional.empty();
      }
      common = s.connection;
    }
    return Optional.ofNullable(common);
  }

  /**
   * The table's rows, typed and ordered, for a copy made by DuckDB itself (see
   * {@link Sql#typedSelect}); {@code catalog} is the store's database as the copying connection sees it.
   */
  String typedQuery(String catalog) {
    return Sql.typedSelect(schema, Sql.quote(catalog) + ".main." + Sql.quote(relation));
  }

  @Override
  public synchronized long size() throws IOException {
    if (size < 0) {
      try (DuckDBConnection c = connection.duplicate(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*) FROM (" + query + ")")) {
        rs.next();
        size = rs.getLong(1);
      } catch (SQLException e) {
        throw new IOException("store: cannot count " + schema.name() + ": " + e.getMessage(), e);
      }
    }
    return size;
  }

  @Override
  public RowCursor open() throws IOException {
    try {
      DuckDBConnection c = connection.duplicate();
      Statement s = c.createStatement();
      s.setFetchSize(FETCH);
      ResultSet rs = s.executeQuery(query);
      return new Cursor(c, s, rs, schema.columns());
    } catch (SQLException e) {
      throw new IOException("store: cannot read " + schema.name() + ": " + e.getMessage(), e);
    }
  }

  private static final class Cursor implements RowCursor {
    private final DuckDBConnection connection;
    private final Statement statement;
    private final ResultSet rs;
    private final List<Column> columns;
    private Boolean ahead;

    Cursor(DuckDBConnection connection, Statement statement, ResultSet rs, List<Column> columns) {
      this.connection = connection;
      this.statement = statement;
      this.rs = rs;
      this.columns = columns;
    }

    @Override
    public boolean hasNext() {
      if (ahead == null) {
        try {
          ahead = rs.next();
        } catch (SQLException e) {
          throw new UncheckedIOException(new IOException("store: " + e.getMessage(), e));
        }
      }
      return ahead;
    }

    @Override
    public List<Object> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ahead = null;
      try {
        List<Object> row = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
          row.add(Sql.read(rs, i + 1, columns.get(i).type()));
        }
        return row;
      } catch (SQLException e) {
        throw new UncheckedIOException(new IOException("store: " + e.getMessage(), e));
      }
    }

    @Override
    public void close() {
      try {
        rs.close();
        statement.close();
        connection.close();
      } catch (SQLException e) {
        throw new UncheckedIOException(new IOException("store: " + e.getMessage(), e));
      }
    }
  }
}
