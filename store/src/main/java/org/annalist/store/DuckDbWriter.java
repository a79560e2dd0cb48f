package org.annalist.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    Path work = dir.resolve(".duckdb-work");
    StoreOptions so = StoreOptions.forWriter(work);
    try (DuckDBConnection c = DuckDbStore.connect(file, so)) {
      Sql.run(c, "SET preserve_insertion_order = true");
      Set<String> loaded = new HashSet<>();
      List<Table> pending = new ArrayList<>(dataset.tables());
      while (!pending.isEmpty()) {
        Table next = pending.stream().filter(t -> references(dataset, t).stream().allMatch(fk -> loaded.contains(fk.refTable())))
            .findFirst().orElse(pending.get(0));
        List<ForeignKey> refs = references(dataset, next).stream().filter(fk -> loaded.contains(fk.refTable())).toList();
        TableLoader.load(c, next, true, refs);
        loaded.add(next.name());
        pending.remove(next);
      }
      Sql.run(c, "CHECKPOINT");
    } catch (SQLException e) {
      throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
    } finally {
      Folders.delete(work);
    }
    Files.deleteIfExists(dir.resolve("dataset.duckdb.wal"));
  }

  private static List<ForeignKey> references(Dataset ds, Table t) {
    return ds.foreignKeys().stream().filter(fk -> fk.table().equals(t.name())).toList();
  }
}
