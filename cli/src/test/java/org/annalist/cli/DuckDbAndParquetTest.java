package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Column;
import org.annalist.model.DatasetSchema;
import org.annalist.model.TableSchema;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dataset.duckdb and the Parquet files, read back with DuckDB, hold exactly the CSV tables, typed and in order. */
class DuckDbAndParquetTest {
  @TempDir
  static Path dir;
  static Path out;

  @BeforeAll
  static void run() {
    out = dir.resolve("out");
    Cli.Result r = Cli.run("run", Cli.SEEDS.toString(), "--out", out.toString(), "-q", "--raw-csv", "--formats", "csv,duckdb,parquet");
    assertThat(r.code()).as(r.err()).isZero();
  }

  /** A CSV file's rows, each cell typed by the column it is in. */
  private static List<List<Object>> csv(TableSchema t) throws Exception {
    List<List<Object>> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(out.resolve(t.name() + ".csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        List<Object> row = new ArrayList<>();
        for (Column c : t.columns()) {
          String v = r.get(c.name());
          row.add(v.isEmpty() && c.type() != org.annalist.model.ColumnType.STRING ? null : typed(c, v));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static Object typed(Column c, String v) {
    switch (c.type()) {
      case INTEGER: return Long.parseLong(v);
      case NUMBER: return Double.parseDouble(v);
      case BOOLEAN: return Boolean.parseBoolean(v);
      case DATE: return LocalDate.parse(v);
      default: return v;
    }
  }

  private static List<List<Object>> query(Connection c, TableSchema t, String from) throws Exception {
    List<List<Object>> rows = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + from)) {
      assertThat(rs.getMetaData().getColumnCount()).isEqualTo(t.columns().size());
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 0; i < t.columns().size(); i++) {
          Column col = t.columns().get(i);
          assertThat(rs.getMetaData().getColumnName(i + 1)).isEqualTo(col.name());
          Object v;
          switch (col.type()) {
            case INTEGER: v = rs.getLong(i + 1); break;
            case NUMBER: v = rs.getDouble(i + 1); break;
            case BOOLEAN: v = rs.getBoolean(i + 1); break;
            case DATE: v = rs.getObject(i + 1, LocalDate.class); break;
            default: v = rs.getString(i + 1); break;
          }
          // CSV cannot tell an empty string from a missing one
          row.add(rs.wasNull() ? (col.type() == org.annalist.model.ColumnType.STRING ? "" : null) : v);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @Test
  void theDatabaseHoldsTheCsvTablesWithKeysAndComments() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + out.resolve("dataset.duckdb").toAbsolutePath())) {
      for (TableSchema t : DatasetSchema.OUTPUT) {
        assertThat(query(c, t, "\"" + t.name() + "\"")).as(t.name()).isEqualTo(csv(t));
      }
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
          "SELECT comment FROM duckdb_tables() WHERE table_name = 'troops_per_base'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo(DatasetSchema.TROOPS_PER_BASE.description());
      }
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
          "SELECT count(*) FROM duckdb_constraints() WHERE constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')")) {
        rs.next();
        assertThat(rs.getLong(1)).isGreaterThanOrEqualTo(10);
      }
    }
  }

  @Test
  void theParquetFilesHoldTheCsvTables() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      for (TableSchema t : DatasetSchema.OUTPUT) {
        Path f = out.resolve("parquet").resolve(t.name() + ".parquet");
        assertThat(f).exists();
        assertThat(query(c, t, "read_parquet('" + f + "')")).as(t.name()).isEqualTo(csv(t));
      }
    }
  }
}
