package org.annalist.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.export.DataPackageWriter;
import org.annalist.model.DatasetSchema;
import org.annalist.model.ErrorRecord;
import org.annalist.model.Table;
import org.annalist.model.TableSchema;
import org.annalist.model.WriteOptions;
import org.annalist.pipeline.DocumentPipeline;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Annalist on Apache Spark: the embedded run's tables, computed by a cluster. {@link #main} only
 * builds the session and calls {@link #run}, which is a list of named steps (one static method each):
 * list the corpus, read it, extract in partitions with the pipeline module's {@link DocumentPipeline},
 * aggregate the cross-document tables in Spark SQL, write Parquet, CSV, the data package and the
 * manifest. No extraction logic lives here; the tests check that every table equals the embedded run's.
 */
public final class AnnalistSparkJob {
  /** The subfolder of the output that holds the Parquet tables. */
  static final String PARQUET = "parquet";
  /** Spark's Java 8 date API: dates as {@link java.time.LocalDate}, exact before 1582. */
  static final String JAVA8_DATES = "spark.sql.datetime.java8API.enabled";

  /** What a job did. */
  record Summary(long documents, long errors, Map<String, Long> rows, Map<String, Long> millis, String out) {
    String text() {
      StringBuilder sb = new StringBuilder();
      sb.append("annalist: ").append(documents).append(" document(s) processed, ").append(errors)
          .append(" error(s); wrote ").append(out).append('\n');
      rows.forEach((t, n) -> sb.append(String.format(Locale.ROOT, "  %-16s %8d rows%n", t, n)));
      sb.append("  times (ms): ").append(millis).append('\n');
      return sb.toString();
    }
  }

  private AnnalistSparkJob() { }

  public static void main(String[] args) throws IOException {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage() + "\n" + JobOptions.USAGE, e);
    }
    SparkSession spark = SparkSession.builder().appName("annalist").config(JAVA8_DATES, true).getOrCreate();
    try {
      new PrintStream(System.err, true, StandardCharsets.UTF_8).print(run(spark, options).text());
    } finally {
      spark.stop();
    }
  }

  /**
   * Lets adaptive execution merge small shuffle partitions of cached plans too (Spark's default keeps
   * their partitioning): else every cached table, however small, is 200 tasks and 200 part files.
   * Merging keeps a sorted table's partitions in order.
   */
  static final String COALESCE_CACHED = "spark.sql.optimizer.canChangeCachedPlanOutputPartitioning";

  /** The job. */
  static Summary run(SparkSession spark, JobOptions o) throws IOException {
    spark.conf().set(JAVA8_DATES, true);
    spark.conf().set(COALESCE_CACHED, true);
    Map<String, Long> millis = new LinkedHashMap<>();
    long t = System.nanoTime();
    shipGazetteers(spark, o.pipeline());
    Corpus.Listing listing = Corpus.list(o.inputs(), spark.sparkContext().hadoopConfiguration());
    t = lap(millis, "list", t);
    int cores = spark.sparkContext().defaultParallelism();
    Dataset<Row> outcomes = extract(Corpus.read(spark, listing, o.partitions(listing.inputs().size(), cores)), o.pipeline());
    List<Dataset<Row>> facts = List.of();
    try {
      long[] counts = counts(outcomes);
      if (counts[0] == 0) {
        throw new IllegalStateException("no document could be processed; nothing written");
      }
      t = lap(millis, "extract", t);
      facts = aggregate(spark, outcomes, inputErrors(spark, listing.errors()));
      Map<String, Dataset<Row>> tables = Aggregation.outputs(spark);
      t = lap(millis, "aggregate", t);
      OutputFolder out = OutputFolder.create(o.out(), spark.sparkContext().hadoopConfiguration());
      try {
        writeParquet(tables, out, o.buckets(listing.inputs().size()));
        t = lap(millis, "write_parquet", t);
        org.annalist.model.Dataset ds = writeCsv(tables, out, o.write());
        t = lap(millis, "write_csv", t);
        writeDataPackage(ds, out, o.write());
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Table table : ds.tables()) {
          rows.put(table.name(), table.size());
        }
        long errors = rows.get(DatasetSchema.ERRORS.name());
        JobManifest.write(out.fs(), out.staging(), ds, new JobManifest.SparkInfo(spark.version(),
            spark.sparkContext().master()), o.manifest(), Pipelines.get(o.pipeline()).checksums(), counts[0], errors, millis);
        lap(millis, "write_manifest", t);
        out.commit();
        return new Summary(counts[0], errors, rows, millis, out.target().toString());
      } catch (IOException | RuntimeException e) {
        out.abandon();
        throw e;
      }
    } finally {
      outcomes.unpersist();
      facts.forEach(Dataset::unpersist);
    }
  }

  private static long lap(Map<String, Long> millis, String step, long since) {
    long now = System.nanoTime();
    millis.put(step + "_ms", (now - since) / 1_000_000);
    return now;
  }

  /** Registers the users' gazetteer files with Spark, which copies them to every executor. */
  static void shipGazetteers(SparkSession spark, PipelineSettings settings) {
    for (String g : settings.gazetteers()) {
      spark.sparkContext().addFile(g);
    }
  }

  /** Extraction, persisted: the facts are read by every table and written twice, and must not be extracted again. */
  static Dataset<Row> extract(Dataset<Row> documents, PipelineSettings settings) {
    return Extraction.extract(documents, settings).persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** Runs extraction (filling the persisted facts) and returns {documents with rows, documents that failed}. */
  static long[] counts(Dataset<Row> outcomes) {
    Row r = outcomes.agg(count(when(col(Extraction.ERROR).isNull(), 1)), count(col(Extraction.ERROR))).first();
    return new long[] {r.getLong(0), r.getLong(1)};
  }

  /** The inputs the listing refused, as rows of the errors table. */
  static Dataset<Row> inputErrors(SparkSession spark, List<ErrorRecord> errors) {
    List<Row> rows = new ArrayList<>();
    for (ErrorRecord e : errors) {
      rows.add(RowFactory.create(e.path(), e.error()));
    }
    return spark.createDataFrame(rows, Extraction.errorType());
  }

  /**
   * The fact tables (cached flat, and returned for release; the nested outcomes are released here),
   * then aggregate.sql.
   */
  static List<Dataset<Row>> aggregate(SparkSession spark, Dataset<Row> outcomes, Dataset<Row> inputErrors)
      throws IOException {
    List<Dataset<Row>> facts = Aggregation.registerFacts(outcomes, inputErrors.unionByName(Extraction.errors(outcomes)));
    outcomes.unpersist();
    Aggregation.aggregate(spark);
    return facts;
  }

  /** Every table as Parquet under parquet/. */
  static void writeParquet(Map<String, Dataset<Row>> tables, OutputFolder out, int buckets) {
    Path dir = new Path(out.staging(), PARQUET);
    for (TableSchema t : DatasetSchema.OUTPUT) {
      TableFiles.parquet(tables.get(t.name()), t, new Path(dir, t.name()), buckets);
    }
  }

  /**
   * Every table as one CSV file in its documented order; returns the job's tables as the project's
   * dataset, whose rows stream from Spark in that order (for the data package and the manifest). Each
   * table is sorted once and cached while it is written and counted.
   */
  static org.annalist.model.Dataset writeCsv(Map<String, Dataset<Row>> tables, OutputFolder out, WriteOptions options)
      throws IOException {
    List<Table> list = new ArrayList<>();
    for (TableSchema t : DatasetSchema.OUTPUT) {
      Dataset<Row> ordered = tables.get(t.name()).orderBy(SparkTypes.order(t)).persist(StorageLevel.MEMORY_AND_DISK());
      try {
        TableFiles.csv(ordered, t, out.fs(), out.staging(), new Path(out.staging(), "_csv_" + t.name()), options);
        list.add(new Table(t, new SparkTable(ordered, t, ordered.count())));
      } finally {
        ordered.unpersist();
      }
    }
    return new org.annalist.model.Dataset(list, DatasetSchema.FOREIGN_KEYS, Map.of());
  }

  /** datapackage.json, by the embedded run's writer (written on the driver, then copied to the output). */
  static void writeDataPackage(org.annalist.model.Dataset ds, OutputFolder out, WriteOptions options) throws IOException {
    java.nio.file.Path local = Files.createTempDirectory("annalist-datapackage");
    try {
      new DataPackageWriter().write(ds, local, options);
      out.fs().copyFromLocalFile(true, true, new Path(local.resolve("datapackage.json").toUri()),
          new Path(out.staging(), "datapackage.json"));
    } finally {
      Files.deleteIfExists(local.resolve("datapackage.json"));
      Files.deleteIfExists(local);
    }
  }
}
