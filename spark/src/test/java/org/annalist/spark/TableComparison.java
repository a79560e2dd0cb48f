package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annalist.model.DatasetSchema;
import org.annalist.model.TableSchema;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Compares a Spark job's output folder with the embedded run's tables, table by table, row by row, typed. */
final class TableComparison {
  private TableComparison() { }

  /** Every output table's Parquet (typed, in the documented order), CSV (bytes) and the data package. */
  static void assertSame(SparkSession spark, EmbeddedRun.Result embedded, Path out) throws IOException {
    for (TableSchema t : DatasetSchema.OUTPUT) {
      List<List<Object>> expected = embedded.tables().get(t.name());
      assertThat(expected).as("embedded table %s", t.name()).isNotNull();
      assertRows(t, expected, parquet(spark, out, t));
      assertThat(out.resolve(t.name() + ".csv")).as("%s.csv", t.name())
          .hasSameBinaryContentAs(embedded.files().resolve(t.name() + ".csv"));
    }
    assertThat(out.resolve("datapackage.json")).hasSameBinaryContentAs(embedded.files().resolve("datapackage.json"));
  }

  /** A table's Parquet read back: its columns (the bucket column dropped) with their Spark types, sorted as documented. */
  static List<List<Object>> parquet(SparkSession spark, Path out, TableSchema t) {
    Dataset<Row> df = spark.read().parquet(out.resolve(AnnalistSparkJob.PARQUET).resolve(t.name()).toString());
    if (TableFiles.perDocument(t) && List.of(df.columns()).contains(TableFiles.BUCKET)) {
      df = df.drop(TableFiles.BUCKET);
    }
    assertThat(df.schema()).as("Parquet schema of %s", t.name()).isEqualTo(SparkTypes.struct(t));
    List<List<Object>> rows = new ArrayList<>();
    for (Row r : df.orderBy(SparkTypes.order(t)).collectAsList()) {
      rows.add(SparkTypes.values(r, t));
    }
    return rows;
  }

  /** Equal row lists; the first difference is reported with its table, row number and column. */
  static void assertRows(TableSchema t, List<List<Object>> expected, List<List<Object>> actual) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      List<Object> e = expected.get(i);
      List<Object> a = actual.get(i);
      for (int c = 0; c < t.columns().size(); c++) {
        if (!java.util.Objects.equals(e.get(c), a.get(c))) {
          fail("%s row %d column %s: embedded %s (%s), Spark %s (%s)%n  embedded row %s%n  Spark row    %s", t.name(), i,
              t.columns().get(c).name(), e.get(c), type(e.get(c)), a.get(c), type(a.get(c)), e, a);
        }
      }
    }
    assertThat(actual).as("%s rows", t.name()).hasSize(expected.size());
  }

  private static String type(Object v) {
    return v == null ? "null" : v.getClass().getSimpleName();
  }

  /** Rows per table of a result, for the report. */
  static String counts(Map<String, List<List<Object>>> tables) {
    StringBuilder sb = new StringBuilder();
    tables.forEach((n, rows) -> sb.append(n).append('=').append(rows.size()).append(' '));
    return sb.toString().strip();
  }
}
