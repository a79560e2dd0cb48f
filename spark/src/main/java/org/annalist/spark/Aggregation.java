package org.annalist.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.model.DatasetSchema;
import org.annalist.model.TableSchema;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The cross-document tables, aggregated by Spark SQL ({@code aggregate.sql}, the embedded store's
 * statements in Spark's dialect) over the fact tables registered as temporary views; and every
 * output table read in its documented order.
 */
final class Aggregation {
  /** Where each output table's rows come from once aggregated (as in the embedded store). */
  private static final Map<String, String> RELATION = Map.ofEntries(
      Map.entry("documents", "documents"), Map.entry("mentions", "out_mentions"), Map.entry("entities", "out_entities"),
      Map.entry("dates", "date_facts"), Map.entry("timeline", "out_timeline"), Map.entry("deployments", "deployment_facts"),
      Map.entry("troops_per_base", "out_troops_per_base"), Map.entry("treaty_articles", "treaty_articles"),
      Map.entry("quantities", "quantities"), Map.entry("errors", "errors"), Map.entry("unplaced", "out_unplaced"));

  /** The views aggregate.sql creates; dropped first, so one session can run the job again. */
  private static final List<String> DERIVED = List.of("out_entities", "out_mentions", "out_timeline",
      "out_troops_per_base", "out_unplaced");

  private Aggregation() { }

  /**
   * Registers the fact tables and the errors as the views aggregate.sql reads, each cached flat and
   * filled here: every table reads them, some several times, and a flat columnar cache is much
   * cheaper to scan than the nested outcome rows. Returns the cached tables, for the caller to
   * release; the outcomes are no longer needed once this returns.
   */
  static List<Dataset<Row>> registerFacts(Dataset<Row> outcomes, Dataset<Row> errors) {
    List<Dataset<Row>> cached = new ArrayList<>();
    for (TableSchema fact : DatasetSchema.FACTS) {
      cached.add(cache(Extraction.facts(outcomes, fact), fact.name()));
    }
    cached.add(cache(errors, DatasetSchema.ERRORS.name()));
    return cached;
  }

  private static Dataset<Row> cache(Dataset<Row> table, String view) {
    Dataset<Row> t = table.persist(StorageLevel.MEMORY_AND_DISK());
    t.count();
    t.createOrReplaceTempView(view);
    return t;
  }

  /** Runs aggregate.sql: entities and troops per base are computed and cached here, the rest are views. */
  static void aggregate(SparkSession spark) throws IOException {
    for (String view : DERIVED) {
      spark.catalog().dropTempView(view);
    }
    for (String statement : statements(script())) {
      spark.sql(statement);
    }
  }

  /** Every output table (columns of its schema, in its documented order), by name, in output order. */
  static Map<String, Dataset<Row>> outputs(SparkSession spark) {
    Map<String, Dataset<Row>> out = new LinkedHashMap<>();
    for (TableSchema t : DatasetSchema.OUTPUT) {
      out.put(t.name(), spark.table(RELATION.get(t.name())).selectExpr(quoted(t.header())).orderBy(SparkTypes.order(t)));
    }
    return out;
  }

  private static String[] quoted(List<String> columns) {
    return columns.stream().map(c -> "`" + c + "`").toArray(String[]::new);
  }

  private static String script() throws IOException {
    try (InputStream in = Aggregation.class.getResourceAsStream("aggregate.sql")) {
      if (in == null) {
        throw new IOException("missing resource aggregate.sql");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The statements of a script: split where a line ends with a semicolon; comment lines dropped. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : script.split("\n")) {
      if (line.strip().startsWith("--")) {
        continue;
      }
      cur.append(line).append('\n');
      if (line.stripTrailing().endsWith(";")) {
        String s = cur.toString().strip();
        out.add(s.substring(0, s.length() - 1));
        cur.setLength(0);
      }
    }
    if (!cur.toString().isBlank()) {
      out.add(cur.toString().strip());
    }
    return out;
  }
}
