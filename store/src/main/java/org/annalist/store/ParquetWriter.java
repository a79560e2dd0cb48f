package org.annalist.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.annalist.model.Dataset;
import org.annalist.model.DatasetWriter;
import org.annalist.model.Table;
import org.annalist.model.WriteOptions;
import org.duckdb.DuckDBConnection;

/**
 * {@code parquet/<table>.parquet}: one Apache Parquet file per table (zstd), typed, rows in the
 * table's order, written by DuckDB: straight from the store's ordered query when the tables are the
 * store's, else through a scratch DuckDB database that spills to disk (and is deleted), so memory
 * stays bounded whatever the table's size.
 */
public final class ParquetWriter implements DatasetWriter {
  @Override
  public String format() {
    return "parquet";
  }

  @Override
  public String description() {
    return "parquet/<table>.parquet: one zstd Parquet file per table";
  }

  @Override
  public void write(Dataset dataset, Path dir, WriteOptions options) throws IOException {
    Path out = Files.createDirectories(dir.resolve("parquet"));
    Optional<DuckDBConnection> store = StoreTable.commonConnection(dataset.tables());
    if (store.isPresent()) {
      copyFromStore(store.get(), dataset, out);
      return;
    }
    Path work = dir.resolve(".parquet-work");
    Path scratch = Files.createDirectories(work).resolve("scratch.duckdb");
    try (DuckDBConnection c = DuckDbStore.connect(scratch, StoreOptions.forWriter(work))) {
      Sql.run(c, "SET preserve_insertion_order = true");
      for (Table t : dataset.tables()) {
        TableLoader.load(c, t, false, List.of());
        Sql.run(c, "COPY " + Sql.quote(t.name()) + " TO " + Sql.literal(file(out, t)) + " (FORMAT parquet, COMPRESSION zstd)");
        // one table at a time: the scratch database never holds more than the table being written
        Sql.run(c, "DROP TABLE " + Sql.quote(t.name()));
        Sql.run(c, "CHECKPOINT");
      }
    } catch (SQLException e) {
      throw new IOException("cannot write parquet files: " + e.getMessage(), e);
    } finally {
      Folders.delete(work);
    }
  }

  /** Tables read from the store: DuckDB writes each file from the table's typed, ordered query; no row passes through Java. */
  private static void copyFromStore(DuckDBConnection store, Dataset dataset, Path out) throws IOException {
    try (DuckDBConnection c = store.duplicate(); Statement s = c.createStatement()) {
      String catalog;
      try (ResultSet rs = s.executeQuery("SELECT current_database()")) {
        rs.next();
        catalog = rs.getString(1);
      }
      for (Table t : dataset.tables()) {
        s.execute("COPY (" + ((StoreTable) t.source()).typedQuery(catalog) + ") TO " + Sql.literal(file(out, t))
            + " (FORMAT parquet, COMPRESSION zstd)");
      }
    } catch (SQLException e) {
      throw new IOException("cannot write parquet files: " + e.getMessage(), e);
    }
  }

  private static String file(Path out, Table t) {
    return out.resolve(t.name() + ".parquet").toAbsolutePath().toString();
  }
}
