package org.annalist.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import org.annalist.model.Column;
import org.annalist.model.ForeignKey;
import org.annalist.model.RowCursor;
import org.annalist.model.Table;
import org.annalist.model.TableSchema;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Copies a dataset table, streamed, into a DuckDB table of its schema: typed columns, optionally the
 * primary key and references to tables already loaded, and the descriptions as comments. What the DuckDB and
 * Parquet writers share; it works on any dataset, whatever built it.
 */
final class TableLoader {
  private static final int FLUSH_EVERY = 100_000;

  private TableLoader() { }

  static void load(DuckDBConnection c, Table t, boolean keys, List<ForeignKey> references) throws IOException {
    TableSchema s = t.schema();
    create(c, s, keys, references);
    try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, s.name()); RowCursor rows = t.open()) {
      long n = 0;
      while (rows.hasNext()) {
        a.beginRow();
        for (Object v : rows.next()) {
          Sql.append(a, v);
        }
        a.endRow();
        if (++n % FLUSH_EVERY == 0) {
          a.flush();
        }
      }
    } catch (SQLException e) {
      throw new IOException("cannot load table " + s.name() + " into DuckDB: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Creates the table of a schema in the connection's current database: typed columns, optionally
   * the primary key and references to tables already there, and the descriptions as comments.
   */
  static void create(DuckDBConnection c, TableSchema s, boolean keys, List<ForeignKey> references) throws IOException {
    try {
      StringBuilder ddl = new StringBuilder(Sql.createTable(s.name(), s));
      ddl.setLength(ddl.length() - 1);
      if (keys && !s.primaryKey().isEmpty()) {
        ddl.append(", PRIMARY KEY (").append(String.join(", ", s.primaryKey().stream().map(Sql::quote).toList())).append(')');
      }
      for (ForeignKey fk : references) {
        ddl.append(", FOREIGN KEY (").append(Sql.quote(fk.column())).append(") REFERENCES ").append(Sql.quote(fk.refTable()))
            .append(" (").append(Sql.quote(fk.refColumn())).append(')');
      }
      Sql.run(c, ddl.append(')').toString());
      Sql.run(c, "COMMENT ON TABLE " + Sql.quote(s.name()) + " IS " + Sql.literal(s.description()));
      for (Column col : s.columns()) {
        Sql.run(c, "COMMENT ON COLUMN " + Sql.quote(s.name()) + "." + Sql.quote(col.name()) + " IS "
            + Sql.literal(col.description()));
      }
    } catch (SQLException e) {
      throw new IOException("cannot create table " + s.name() + " in DuckDB: " + e.getMessage(), e);
    }
  }
}
