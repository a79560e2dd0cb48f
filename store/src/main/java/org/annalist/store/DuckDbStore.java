package org.annalist.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.annalist.model.Dataset;
import org.annalist.model.DatasetSchema;
import org.annalist.model.DocumentRows;
import org.annalist.model.ErrorRecord;
import org.annalist.model.FactSink;
import org.annalist.model.Table;
import org.annalist.model.TableSchema;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The embedded store of a run, in DuckDB: documents' facts are appended as each document finishes
 * (DuckDB's Appender, in large transactions), the cross-document tables are aggregated in SQL
 * ({@code aggregate.sql}) once all are in, and every output table is read back as an ordered,
 * streamed query. The Java heap therefore holds no table; DuckDB's own memory is capped by
 * {@link StoreOptions#memoryLimit()} and spills to the work folder beyond it.
 *
 * <p>Use: {@link #create}, {@link #accept}/{@link #error} from one thread, {@link #finish} once, read
 * the returned dataset (from any threads), {@link #close}. The database file lives in the work
 * folder and is deleted on close; the {@code duckdb} writer makes the user's copy.
 */
public final class DuckDbStore implements FactSink, AutoCloseable {
  /** Rows appended between commits: large transactions are what make the Appender fast. */
  static final int COMMIT_EVERY = 250_000;

  /** Where each output table's rows come from once aggregated. */
  private static final Map<String, String> RELATION = Map.ofEntries(
      Map.entry("documents", "documents"), Map.entry("mentions", "out_mentions"), Map.entry("entities", "out_entities"),
      Map.entry("dates", "date_facts"), Map.entry("timeline", "out_timeline"), Map.entry("deployments", "deployment_facts"),
      Map.entry("troops_per_base", "out_troops_per_base"), Map.entry("treaty_articles", "treaty_articles"),
      Map.entry("quantities", "quantities"), Map.entry("errors", "errors"), Map.entry("unplaced", "out_unplaced"));

  private final Path dir;
  private final DuckDBConnection connection;
  private final Map<String, DuckDBAppender> appenders = new LinkedHashMap<>();
  private long uncommitted;
  private boolean finished;

  private DuckDbStore(Path dir, DuckDBConnection connection) {
    this.dir = dir;
    this.connection = connection;
  }

  /** A new, empty store in {@code options.workDir()}. */
  public static DuckDbStore create(StoreOptions options) throws IOException {
    Path dir = Files.createDirectories(options.workDir()).resolve("store");
    Files.createDirectories(dir);
    Path file = dir.resolve("facts.duckdb");
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir.resolve("facts.duckdb.wal"));
    try {
      DuckDBConnection c = connect(file, options);
      DuckDbStore s = new DuckDbStore(dir, c);
      for (TableSchema t : DatasetSchema.FACTS) {
        Sql.run(c, Sql.createTable(t.name(), t));
      }
      Sql.run(c, Sql.createTable(DatasetSchema.ERRORS.name(), DatasetSchema.ERRORS));
      c.setAutoCommit(false);
      // a statement opens the transaction the appenders then write into (see STACK.md)
      Sql.run(c, "SELECT 1");
      for (TableSchema t : DatasetSchema.FACTS) {
        s.appenders.put(t.name(), c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, t.name()));
      }
      s.appenders.put(DatasetSchema.ERRORS.name(), c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "errors"));
      return s;
    } catch (SQLException e) {
      throw new IOException("cannot create the store in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Opens a DuckDB database file with the memory, spill folder and threads of {@code options}. */
  static DuckDBConnection connect(Path file, StoreOptions options) throws SQLException, IOException {
    Path spill = Files.createDirectories(options.workDir().resolve("store").resolve("spill"));
    Properties p = new Properties();
    p.setProperty("jdbc_stream_results", "true");
    Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
    DuckDBConnection d = c.unwrap(DuckDBConnection.class);
    Sql.run(d, "SET memory_limit = " + Sql.literal((options.memoryLimit() >> 20) + "MB"));
    Sql.run(d, "SET temp_directory = " + Sql.literal(spill.toAbsolutePath().toString()));
    Sql.run(d, "SET threads = " + options.threads());
    Sql.run(d, "SET preserve_insertion_order = false");
    return d;
  }

  @Override
  public void accept(DocumentRows document) throws IOException {
    check();
    try {
      for (TableSchema t : DatasetSchema.FACTS) {
        append(t.name(), document.rows(t));
      }
    } catch (SQLException e) {
      throw new IOException("store: cannot append " + document.docId() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void error(ErrorRecord error) throws IOException {
    check();
    try {
      append("errors", List.of(List.of(error.path(), error.error())));
    } catch (SQLException e) {
      throw new IOException("store: cannot record an error: " + e.getMessage(), e);
    }
  }

  private void append(String table, List<List<Object>> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    DuckDBAppender a = appenders.get(table);
    for (List<Object> row : rows) {
      a.beginRow();
      for (Object v : row) {
        Sql.append(a, v);
      }
      a.endRow();
    }
    uncommitted += rows.size();
    if (uncommitted >= COMMIT_EVERY) {
      commit();
    }
  }

  private void commit() throws SQLException {
    for (DuckDBAppender a : appenders.values()) {
      a.flush();
    }
    connection.commit();
    Sql.run(connection, "SELECT 1");
    uncommitted = 0;
  }

  private void check() {
    if (finished) {
      throw new IllegalStateException("the store is finished; no more facts");
    }
  }

  /**
   * Commits every fact, aggregates the cross-document tables and returns the dataset, whose tables
   * read the store in their schema's order. Call once, after the last document.
   */
  public Dataset finish() throws IOException {
    check();
    finished = true;
    try {
      commit();
      for (DuckDBAppender a : appenders.values()) {
        a.close();
      }
      appenders.clear();
      for (String statement : Sql.script("aggregate.sql")) {
        Sql.run(connection, statement);
      }
      connection.commit();
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw new IOException("store: aggregation failed: " + e.getMessage(), e);
    }
    List<Table> tables = new ArrayList<>();
    for (TableSchema t : DatasetSchema.OUTPUT) {
      tables.add(new Table(t, new StoreTable(connection, t, RELATION.get(t.name()))));
    }
    return new Dataset(tables, DatasetSchema.FOREIGN_KEYS, Map.of());
  }

  /** Closes the database and deletes its files. */
  @Override
  public void close() throws IOException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IOException("store: cannot close: " + e.getMessage(), e);
    } finally {
      Folders.delete(dir);
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "DuckDbStore[%s]", dir);
  }
}
