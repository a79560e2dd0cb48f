package org.annalist.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.annalist.model.Dataset;
import org.annalist.model.DatasetWriter;
import org.annalist.model.Table;
import org.annalist.model.WriteOptions;
import org.duckdb.DuckDBConnection;

/**
 * {@code parquet/<table>.parquet}: one Apache Parquet file per table (zstd), typed, rows in the
 * table's order, written by DuckDB. Each table passes through a scratch DuckDB database that spills
 * to disk, so memory stays bounded whatever the table's size; the scratch files are deleted.
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
    Path work = dir.resolve(".parquet-work");
    Path scratch = Files.createDirectories(work).resolve("scratch.duckdb");
    try (DuckDBConnection c = DuckDbStore.connect(scratch, StoreOptions.forWriter(work))) {
      Sql.run(c, "SET preserve_insertion_order = true");
      for (Table t : dataset.tables()) {
        TableLoader.load(c, t, false, List.of());
        Sql.run(c, "COPY " + Sql.quote(t.name()) + " TO " + Sql.literal(out.resolve(t.name() + ".parquet").toString())
            + " (FORMAT parquet, COMPRESSION zstd)");
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
}
