package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.annalist.model.Column;
import org.annalist.model.Dataset;
import org.annalist.model.Table;
import org.annalist.model.WriteOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {
  private static List<CSVRecord> read(Path f) throws IOException {
    String s = Files.readString(f, StandardCharsets.UTF_8);
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    try (Reader r = new StringReader(s)) {
      return CSVFormat.RFC4180.parse(r).getRecords();
    }
  }

  @Test
  void hostileStringsRoundTripRaw(@TempDir Path dir) throws IOException {
    new CsvWriter().write(SampleData.dataset(), dir, new WriteOptions(true, false));
    List<CSVRecord> recs = read(dir.resolve("things.csv"));
    assertThat(recs.get(0).toList()).containsExactly("text", "troops", "share", "flag", "day");
    for (int i = 0; i < SampleData.HOSTILE.size(); i++) {
      assertThat(recs.get(i + 1).get(0)).isEqualTo(SampleData.HOSTILE.get(i));
    }
    assertThat(recs.get(2).toList()).containsExactly("comma, inside", "1000", "0.3333333333333333", "false", "1939-10-02");
    assertThat(recs.get(recs.size() - 1).toList()).containsExactly("", "", "", "", "");
    assertThat(Files.readString(dir.resolve("things.csv"))).contains("\r\n");
  }

  /** What a parallel writer (the Spark job) assembles from header and records is the writer's file, byte for byte. */
  @Test
  void headerAndRecordsMakeTheWritersFile(@TempDir Path dir) throws IOException {
    for (WriteOptions options : List.of(WriteOptions.defaults(), new WriteOptions(true, false))) {
      Dataset ds = SampleData.dataset();
      new CsvWriter().write(ds, dir, options);
      for (Table t : ds.tables()) {
        StringBuilder sb = new StringBuilder(CsvWriter.header(t.columns())).append(CsvWriter.LINE_END);
        for (List<Object> row : t.readAll()) {
          sb.append(CsvWriter.record(row, t.columns(), options)).append(CsvWriter.LINE_END);
        }
        assertThat(sb.toString()).isEqualTo(Files.readString(dir.resolve(t.name() + ".csv"), StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void formulasAreNeutralizedButNumbersAreNot(@TempDir Path dir) throws IOException {
    Table t = new Table("t", "d", List.of(Column.string("text", "t"), Column.integer("n", "n"), Column.number("x", "x")),
        List.of(), List.of(Arrays.asList("=1+1", -5L, -0.5), Arrays.asList("@SUM(A1)", 3L, 1.0),
            Arrays.asList("+7", 0L, 0.0), Arrays.asList("-x", 1L, 2.5), Arrays.asList("\tcmd", 1L, 1.0), Arrays.asList("ok=1", 1L, 1.0)));
    new CsvWriter().write(Dataset.of(List.of(t)), dir, WriteOptions.defaults());
    List<CSVRecord> recs = read(dir.resolve("t.csv"));
    assertThat(recs.subList(1, recs.size())).extracting(r -> r.get(0))
        .containsExactly("'=1+1", "'@SUM(A1)", "'+7", "'-x", "'\tcmd", "ok=1");
    assertThat(recs.get(1).get(1)).isEqualTo("-5");
    assertThat(recs.get(1).get(2)).isEqualTo("-0.5");
  }

  @Test
  void excelBomOnRequest(@TempDir Path dir) throws IOException {
    new CsvWriter().write(SampleData.dataset(), dir, new WriteOptions(false, true));
    byte[] b = Files.readAllBytes(dir.resolve("things.csv"));
    assertThat(Arrays.copyOf(b, 3)).containsExactly(0xEF, 0xBB, 0xBF);
  }

  @Test
  void randomStringsRoundTrip(@TempDir Path dir) throws IOException {
    long seed = Long.getLong("annalist.seed", 7L);
    System.out.println("CsvWriterTest seed=" + seed);
    Random rnd = new Random(seed);
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      rows.add(Arrays.asList(SampleData.random(rnd, rnd.nextInt(30))));
    }
    Table t = new Table("r", "d", List.of(Column.string("s", "s")), List.of(), rows);
    new CsvWriter().write(Dataset.of(List.of(t)), dir,
        new WriteOptions(true, false));
    List<CSVRecord> recs = read(dir.resolve("r.csv"));
    for (int i = 0; i < rows.size(); i++) {
      assertThat(recs.get(i + 1).get(0)).isEqualTo(rows.get(i).get(0));
    }
  }
}
