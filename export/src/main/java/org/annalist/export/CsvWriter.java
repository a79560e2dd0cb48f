package org.annalist.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.annalist.model.Column;
import org.annalist.model.ColumnType;
import org.annalist.model.Dataset;
import org.annalist.model.DatasetWriter;
import org.annalist.model.RowCursor;
import org.annalist.model.Table;
import org.annalist.model.WriteOptions;

/**
 * Every table as {@code <table>.csv}: RFC 4180 (CRLF, quotes doubled), UTF-8, a header row.
 *
 * <p>Text cells that a spreadsheet would run as a formula (first character {@code = + - @}, tab or
 * carriage return) get a leading apostrophe, as OWASP recommends for CSV injection, unless
 * {@link WriteOptions#rawCsv()}; numeric, boolean and date columns are never touched.
 */
public final class CsvWriter implements DatasetWriter {
  /** The line end of every record. */
  public static final String LINE_END = "\r\n";
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator(LINE_END).get();

  @Override
  public String format() {
    return "csv";
  }

  @Override
  public String description() {
    return "one RFC 4180 UTF-8 file per table (<table>.csv)";
  }

  @Override
  public void write(Dataset dataset, Path dir, WriteOptions options) throws IOException {
    for (Table t : dataset.tables()) {
      try (OutputStream os = Files.newOutputStream(dir.resolve(t.name() + ".csv"));
          Writer w = new java.io.BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
        if (options.excelBom()) {
          w.write('\uFEFF');
        }
        write(t, w, options);
      }
    }
  }

  static void write(Table t, Appendable out, WriteOptions options) throws IOException {
    try (CSVPrinter p = new CSVPrinter(out, FORMAT)) {
      p.printRecord(t.header());
      List<String> cells = new ArrayList<>(t.columns().size());
      try (RowCursor rows = t.open()) {
        while (rows.hasNext()) {
          cells(rows.next(), t.columns(), options, cells);
          p.printRecord(cells);
        }
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
      p.flush();
    }
  }

  /** The header record of a table, without its line end. */
  public static String header(List<Column> columns) {
    return FORMAT.format(columns.stream().map(Column::name).toArray());
  }

  /**
   * One row's record, without its line end: the bytes {@link #write} prints for it. For engines that
   * format a table's rows in parallel (the Spark job), so that their files equal this writer's.
   */
  public static String record(List<Object> row, List<Column> columns, WriteOptions options) {
    List<String> cells = new ArrayList<>(columns.size());
    cells(row, columns, options, cells);
    return FORMAT.format(cells.toArray());
  }

  private static void cells(List<Object> row, List<Column> columns, WriteOptions options, List<String> cells) {
    cells.clear();
    for (int i = 0; i < row.size(); i++) {
      String s = Cells.text(row.get(i));
      if (!options.rawCsv() && columns.get(i).type() == ColumnType.STRING) {
        s = neutralize(s);
      }
      cells.add(s);
    }
  }

  /** Prefixes an apostrophe to text a spreadsheet would evaluate as a formula. */
  static String neutralize(String s) {
    if (!s.isEmpty()) {
      char c = s.charAt(0);
      if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
        return "'" + s;
      }
    }
    return s;
  }
}
