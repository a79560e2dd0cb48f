package org.annalist.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.annalist.export.CsvWriter;
import org.annalist.model.TableSchema;
import org.annalist.model.WriteOptions;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.IOUtils;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * Writing one output table, by the executors, to any Hadoop file system.
 *
 * <p><b>Parquet</b> ({@code parquet/<table>/}, zstd): a table with a {@code doc_id} column (one or more
 * rows per document: documents, mentions, dates, timeline, deployments, treaty articles, quantities)
 * grows with the corpus; with more than one bucket it is partitioned by {@code doc_bucket}, a hash of
 * the document id ({@link #BUCKET_SQL}), one file per bucket: folders of even size whatever the ids
 * look like (a prefix of the id would follow the file naming and skew), a bounded number of files
 * (not one per task), every row of a document in one folder, and the bucket of a document computable
 * by anyone from its id. The cross-document tables (entities, troops per base, unplaced, errors) hold
 * a row per entity or base, orders of magnitude fewer, and are one file each. Every file holds its
 * rows in the table's documented order.
 *
 * <p><b>CSV</b> ({@code <table>.csv}): one file per table, byte for byte what the embedded run's CSV
 * writer writes: the executors format the globally sorted rows with {@link CsvWriter#record} into part
 * files, and the driver concatenates them after the header (a byte copy, in partition order).
 */
final class TableFiles {
  /** The Parquet partition column of the per-document tables. */
  static final String BUCKET = "doc_bucket";

  /** The bucket of a document: the first 32 bits of SHA-256(doc_id), as an unsigned number, modulo the buckets. */
  static final String BUCKET_SQL = "CAST(pmod(CAST(conv(substr(sha2(doc_id, 256), 1, 8), 16, 10) AS BIGINT), %d) AS INT)";

  private TableFiles() { }

  /** Whether a table gets a row per document or more (and so is bucketed). */
  static boolean perDocument(TableSchema t) {
    return t.header().contains("doc_id");
  }

  /** Writes {@code table} (unordered) as Parquet into {@code dir}. */
  static void parquet(Dataset<Row> table, TableSchema t, Path dir, int buckets) {
    Column[] order = SparkTypes.order(t);
    if (perDocument(t) && buckets > 1) {
      Column[] bucketFirst = new Column[order.length + 1];
      bucketFirst[0] = col(BUCKET);
      System.arraycopy(order, 0, bucketFirst, 1, order.length);
      // the bucket leads the sort, so Spark's writer needs no sort of its own (which would lose the order)
      table.withColumn(BUCKET, expr(String.format(java.util.Locale.ROOT, BUCKET_SQL, buckets)))
          .repartition(buckets, col(BUCKET)).sortWithinPartitions(bucketFirst)
          .write().option("compression", "zstd").partitionBy(BUCKET).parquet(dir.toString());
    } else {
      table.repartition(1).sortWithinPartitions(order).write().option("compression", "zstd").parquet(dir.toString());
    }
  }

  /**
   * Writes {@code ordered} as {@code <table>.csv} in {@code dir}, using {@code work} (a folder that
   * must not exist) for the part files, which are deleted afterwards.
   */
  static void csv(Dataset<Row> ordered, TableSchema t, FileSystem fs, Path dir, Path work, WriteOptions options)
      throws IOException {
    ordered.mapPartitions(new CsvRecords(t.name(), options.rawCsv()), Encoders.STRING())
        .write().option("lineSep", CsvWriter.LINE_END).text(work.toString());
    try (OutputStream out = fs.create(new Path(dir, t.name() + ".csv"), false)) {
      String head = (options.excelBom() ? "\uFEFF" : "") + CsvWriter.header(t.columns()) + CsvWriter.LINE_END;
      out.write(head.getBytes(StandardCharsets.UTF_8));
      for (Path part : parts(fs, work)) {
        try (InputStream in = fs.open(part)) {
          IOUtils.copyBytes(in, out, 1 << 16, false);
        }
      }
    }
    fs.delete(work, true);
  }

  /** The part files of a Spark write, in partition order (by the number in their names, not as text). */
  static List<Path> parts(FileSystem fs, Path dir) throws IOException {
    List<Path> parts = new ArrayList<>();
    for (FileStatus s : fs.listStatus(dir)) {
      if (s.isFile() && s.getPath().getName().startsWith("part-")) {
        parts.add(s.getPath());
      }
    }
    parts.sort(Comparator.comparingLong(TableFiles::partNumber));
    return parts;
  }

  static long partNumber(Path part) {
    String n = part.getName().substring("part-".length());
    int end = 0;
    while (end < n.length() && Character.isDigit(n.charAt(end))) {
      end++;
    }
    if (end == 0) {
      throw new IllegalArgumentException("not a Spark part file: " + part);
    }
    return Long.parseLong(n.substring(0, end));
  }

  /** Formats rows of an output table as CSV records on the executors (the schema is found by name there). */
  static final class CsvRecords implements MapPartitionsFunction<Row, String> {
    private static final long serialVersionUID = 1L;
    private final String table;
    private final boolean rawCsv;

    CsvRecords(String table, boolean rawCsv) {
      this.table = table;
      this.rawCsv = rawCsv;
    }

    @Override
    public Iterator<String> call(Iterator<Row> rows) {
      TableSchema t = SparkTypes.output(table);
      WriteOptions options = new WriteOptions(rawCsv, false);
      return Iterators.map(rows, r -> CsvWriter.record(SparkTypes.values(r, t), t.columns(), options));
    }
  }
}
