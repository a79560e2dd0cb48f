package org.annalist.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.Dataset;
import org.annalist.model.DatasetWriter;
import org.annalist.model.ForeignKey;
import org.annalist.model.Table;
import org.annalist.model.WriteOptions;
import org.duckdb.DuckDBConnection;

/**
 * {@code dataset.duckdb}: every table in one DuckDB database (storage format of DuckDB 2.0; DuckDB
 * 1.x cannot open it), with typed columns, primary and foreign keys and every description as a
 * table or column comment, for DuckDB, Python, R, Observable or Superset users. Tables are loaded in
 * an order that puts referenced tables first.
 */
public final class DuckDbWriter implements DatasetWriter {
  /** The name the output file has while the store's database copies into it. */
  private static final String ATTACHED = "annalist_export";

  @Override
  public String format() {
    return "duckdb";
  }

  @Override
  public String description() {
    return "dataset.duckdb: all tables in one DuckDB database, with keys and comments";
  }

  @Override
  public void write(Dataset dataset, Path dir, WriteOptions options) throws IOException {
    Path file = dir.resolve("dataset.duckdb");
    Optional<DuckDBConnection> store = StoreTable.commonConnection(dataset.tables());
    if (store.isPresent()) {
      copyInStore(store.get(), dataset, file);
    } else {
      load(dataset, dir, file);
    }
    Files.deleteIfExists(dir.resolve("dataset.duckdb.wal"));
  }

  /**
   * Tables read from the store are copied by DuckDB itself: the file is attached to the store's
   * database and each table filled by one ordered, typed {@code INSERT ... SELECT}, so no row passes
   * through Java.
   */
  private static void copyInStore(DuckDBConnection store, Dataset dataset, Path file) throws IOException {
    try (DuckDBConnection c = store.duplicate()) {
      String catalog = currentDatabase(c);
      long limit = memoryLimit(c);
      Sql.run(c, "ATTACH " + Sql.literal(file.toAbsolutePath().toString()) + " AS " + Sql.quote(ATTACHED));
      try {
        Sql.run(c, "USE " + Sql.quote(ATTACHED));
        Set<String> loaded = new HashSet<>();
        for (Table t : loadOrder(dataset)) {
          List<ForeignKey> refs = references(dataset, t).stream().filter(fk -> loaded.contains(fk.refTable())).toList();
          String insert = "INSERT INTO " + Sql.quote(t.name()) + " " + ((StoreTable) t.source()).typedQuery(catalog);
          // a key's index (primary and foreign) is built in memory whole: a table whose indexes would not fit
          // in a quarter of the store's memory is written without its keys (the rows are the same), and the run says so
          boolean keys = keysFit(t.size() * (refs.size() + (t.schema().primaryKey().isEmpty() ? 0 : 1)), limit);
          if (keys) {
            TableLoader.create(c, t.schema(), true, refs);
            try {
              Sql.run(c, insert);
              loaded.add(t.name());
              continue;
            } catch (SQLException e) {
              if (!outOfMemory(e)) {
                throw e;
              }
              Sql.run(c, "DROP TABLE " + Sql.quote(t.name()));
            }
          }
          TableLoader.create(c, t.schema(), false, List.of());
          Sql.run(c, insert);
          Sql.run(c, "COMMENT ON TABLE " + Sql.quote(t.name()) + " IS " + Sql.literal(t.schema().description()
              + " (written without its primary and foreign keys: their index would not fit in the store's memory"
              + " limit; a larger --store-memory keeps them)"));
          System.err.println("annalist: warning: dataset.duckdb table " + t.name() + " (" + t.size()
              + " rows) written without its keys: their index would not fit in the store's memory limit"
              + " (raise --store-memory to keep them)");
        }
        Sql.run(c, "CHECKPOINT");
      } finally {
        Sql.run(c, "USE " + Sql.quote(catalog));
        Sql.run(c, "DETACH " + Sql.quote(ATTACHED));
      }
    } catch (SQLException e) {
      throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Bytes a primary key's index takes per row, at most, for the keys of our tables (ids, offsets, short names). */
  static final long KEY_INDEX_BYTES_PER_ROW = 128;

  /** Whether {@code entries} index entries (rows times keys) fit in a quarter of the memory limit. */
  static boolean keysFit(long entries, long memoryLimit) {
    return entries <= memoryLimit / 4 / KEY_INDEX_BYTES_PER_ROW;
  }

  /** Whether DuckDB gave up for want of memory ("Out of Memory", "failed to pin block", "failed to allocate"). */
  static boolean outOfMemory(SQLException e) {
    String m = String.valueOf(e.getMessage());
    return m.contains("Out of Memory") || m.contains("failed to pin block") || m.contains("failed to allocate")
        || m.contains("could not allocate");
  }

  /** The database's memory limit in bytes, as DuckDB reports it ("244.1 MiB"). */
  static long memoryLimit(DuckDBConnection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_setting('memory_limit')")) {
      rs.next();
      return parseSize(rs.getString(1));
    }
  }

  /** A size as DuckDB writes it: a number and a unit (bytes, KiB/MiB/GiB/TiB or KB/MB/GB/TB). */
  static long parseSize(String text) {
    String t = text.strip();
    int i = 0;
    while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) {
      i++;
    }
    double n = Double.parseDouble(t.substring(0, i));
    String unit = t.substring(i).strip().toUpperCase(java.util.Locale.ROOT);
    long scale = switch (unit) {
      case "", "B", "BYTES" -> 1L;
      case "KIB" -> 1L << 10;
      case "MIB" -> 1L << 20;
      case "GIB" -> 1L << 30;
      case "TIB" -> 1L << 40;
      case "KB" -> 1000L;
      case "MB" -> 1000_000L;
      case "GB" -> 1000_000_000L;
      case "TB" -> 1000_000_000_000L;
      default -> throw new IllegalArgumentException("unknown size unit in " + text);
    };
    return (long) (n * scale);
  }

  private static String currentDatabase(DuckDBConnection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_database()")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** Any other dataset: its rows are read and appended to a database of the writer's own. */
  private static void load(Dataset dataset, Path dir, Path file) throws IOException {
    Path work = dir.resolve(".duckdb-work");
    StoreOptions so = StoreOptions.forWriter(work);
    try (DuckDBConnection c = DuckDbStore.connect(file, so)) {
      Sql.run(c, "SET preserve_insertion_order = true");
      Set<String> loaded = new HashSet<>();
      for (Table t : loadOrder(dataset)) {
        List<ForeignKey> refs = references(dataset, t).stream().filter(fk -> loaded.contains(fk.refTable())).toList();
        TableLoader.load(c, t, true, refs);
        loaded.add(t.name());
      }
      Sql.run(c, "CHECKPOINT");
    } catch (SQLException e) {
      throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
    } finally {
      Folders.delete(work);
    }
  }

  /** The tables in an order that puts referenced tables first (as far as the references allow). */
  private static List<Table> loadOrder(Dataset dataset) {
    List<Table> order = new ArrayList<>();
    Set<String> loaded = new HashSet<>();
    List<Table> pending = new ArrayList<>(dataset.tables());
    while (!pending.isEmpty()) {
      Table next = pending.stream().filter(t -> references(dataset, t).stream().allMatch(fk -> loaded.contains(fk.refTable())))
          .findFirst().orElse(pending.get(0));
      order.add(next);
      loaded.add(next.name());
      pending.remove(next);
    }
    return order;
  }

  private static List<ForeignKey> references(Dataset ds, Table t) {
    return ds.foreignKeys().stream().filter(fk -> fk.table().equals(t.name())).toList();
  }
}
