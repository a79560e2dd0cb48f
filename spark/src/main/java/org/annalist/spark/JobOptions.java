package org.annalist.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.extract.dates.SlashOrder;
import org.annalist.model.WriteOptions;

/**
 * The job's command line, which mirrors {@code annalist run} where it can.
 *
 * @param inputs     files or folders (local paths or Hadoop URIs: hdfs://, s3a://, file:)
 * @param out        the output folder (replaced when the job completes)
 * @param pipeline   what changes extraction
 * @param write      CSV options
 * @param buckets    Parquet buckets of the per-document tables; 0 for one per 50,000 documents
 * @param partitions partitions extraction runs in; 0 for four per core of the cluster
 */
record JobOptions(List<String> inputs, String out, PipelineSettings pipeline, WriteOptions write, int buckets,
    int partitions) {
  /** Documents per Parquet bucket when the job chooses the number. */
  static final int DOCUMENTS_PER_BUCKET = 50_000;
  static final int MAX_BUCKETS = 256;

  static final String USAGE = String.join("\n",
      "Usage: spark-submit [SPARK OPTIONS] --class org.annalist.spark.AnnalistSparkJob annalist-spark-job.jar \\",
      "         INPUT... --out DIR [OPTIONS]",
      "Extracts entities, dates, troop figures and treaty articles from documents (.txt, .md) with Apache Spark",
      "and writes every table as CSV (DIR/<table>.csv), as Parquet (DIR/parquet/<table>/), datapackage.json and",
      "manifest.json. INPUT and DIR are paths or Hadoop URIs (hdfs://, s3a://, file:).",
      "  --gazetteer FILE              extra gazetteer TSV, shipped to the executors; repeatable",
      "  --reference-date YYYY-MM-DD   year for month-days in documents that never state a year",
      "  --numeric-dates ORDER         month-first (default) or day-first",
      "  --raw-csv                     do not neutralize CSV cells that start with = + - @",
      "  --excel-bom                   start CSV files with a UTF-8 byte-order mark",
      "  --buckets N                   Parquet buckets (doc_bucket=k folders) of the per-document tables",
      "                                (default: one per " + DOCUMENTS_PER_BUCKET + " documents, at most "
          + MAX_BUCKETS + "; 1 = one file)",
      "  --partitions N                partitions extraction runs in (default: 4 per core, at most one per document)");

  JobOptions {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no INPUT given");
    }
    if (out == null || out.isBlank()) {
      throw new IllegalArgumentException("--out DIR is required");
    }
    if (buckets < 0 || buckets > MAX_BUCKETS) {
      throw new IllegalArgumentException("--buckets must be between 1 and " + MAX_BUCKETS);
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must be at least 1");
    }
  }

  /** Parses the job's arguments; a bad command line is an {@link IllegalArgumentException} with the reason. */
  static JobOptions parse(String[] args) {
    List<String> inputs = new ArrayList<>();
    List<String> gazetteers = new ArrayList<>();
    String out = null;
    String referenceDate = "";
    SlashOrder order = SlashOrder.MONTH_FIRST;
    boolean rawCsv = false;
    boolean excelBom = false;
    int buckets = 0;
    int partitions = 0;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--out": out = value(args, ++i, a); break;
        case "--gazetteer": gazetteers.add(value(args, ++i, a)); break;
        case "--reference-date": referenceDate = value(args, ++i, a); break;
        case "--numeric-dates": order = slashOrder(value(args, ++i, a)); break;
        case "--raw-csv": rawCsv = true; break;
        case "--excel-bom": excelBom = true; break;
        case "--buckets": buckets = positive(value(args, ++i, a), a); break;
        case "--partitions": partitions = positive(value(args, ++i, a), a); break;
        default:
          if (a.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + a);
          }
          inputs.add(a);
      }
    }
    return new JobOptions(inputs, out, new PipelineSettings(gazetteers, referenceDate, order),
        new WriteOptions(rawCsv, excelBom), buckets, partitions);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int positive(String v, String option) {
    try {
      int n = Integer.parseInt(v);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + " must be a whole number of at least 1, got '" + v + "'");
  }

  private static SlashOrder slashOrder(String v) {
    switch (v) {
      case "month-first": return SlashOrder.MONTH_FIRST;
      case "day-first": return SlashOrder.DAY_FIRST;
      default: throw new IllegalArgumentException("--numeric-dates: expected month-first or day-first, got '" + v + "'");
    }
  }

  /** The buckets for a corpus of {@code documents}. */
  int buckets(long documents) {
    if (buckets > 0) {
      return buckets;
    }
    return (int) Math.max(1, Math.min(MAX_BUCKETS, (documents + DOCUMENTS_PER_BUCKET - 1) / DOCUMENTS_PER_BUCKET));
  }

  /** The extraction partitions for a corpus of {@code documents} on {@code cores}. */
  int partitions(long documents, int cores) {
    long n = partitions > 0 ? partitions : 4L * Math.max(1, cores);
    return (int) Math.max(1, Math.min(n, documents));
  }

  /** The options as the manifest records them. */
  Map<String, String> manifest() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("formats", "csv,parquet,datapackage");
    m.put("numeric_dates", pipeline.slashOrder().name().toLowerCase(Locale.ROOT));
    m.put("reference_date", pipeline.referenceDate());
    m.put("raw_csv", Boolean.toString(write.rawCsv()));
    m.put("excel_bom", Boolean.toString(write.excelBom()));
    m.put("gazetteers", pipeline.gazetteers().toString());
    m.put("buckets", buckets == 0 ? "auto" : Integer.toString(buckets));
    m.put("partitions", partitions == 0 ? "auto" : Integer.toString(partitions));
    return m;
  }
}
