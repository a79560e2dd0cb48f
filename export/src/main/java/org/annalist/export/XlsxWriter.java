package org.annalist.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.annalist.model.Column;
import org.annalist.model.Dataset;
import org.annalist.model.DatasetWriter;
import org.annalist.model.RowCursor;
import org.annalist.model.Table;
import org.annalist.model.WriteOptions;

/**
 * {@code dataset.xlsx}: a README sheet saying what each table holds, one sheet per table (typed
 * cells: numbers numeric, dates real Excel dates; bold frozen header; auto-filter; column widths
 * from the content; long text wrapped) and a Charts sheet with troops per base and dated events per
 * month.
 *
 * <p>Limits of the format are handled, not hit: a text over 32,767 characters is cut with a marker,
 * and a table over 1,048,575 data rows continues on sheets "name (2)", "name (3)", ...
 */
public final class XlsxWriter implements DatasetWriter {
  static final int MAX_CELL_CHARS = 32_767;
  static final String TRUNCATED = " [truncated by Annalist]";
  static final int MAX_DATA_ROWS = 1_048_575;
  private static final int MAX_WIDTH_CHARS = 60;

  private final int maxDataRows;

  public XlsxWriter() {
    this(MAX_DATA_ROWS);
  }

  /** For tests of sheet continuation without a million rows. */
  XlsxWriter(int maxDataRows) {
    this.maxDataRows = maxDataRows;
  }

  @Override
  public String format() {
    return "xlsx";
  }

  @Override
  public String description() {
    return "dataset.xlsx: a sheet per table, README and Charts sheets";
  }

  @Override
  public void write(Dataset dataset, Path dir, WriteOptions options) throws IOException {
    // README and Charts are built in memory (charts need the full XSSF model); the table sheets are
    // streamed with SXSSF, 100 rows in memory at a time, so big tables need little heap
    XSSFWorkbook template = new XSSFWorkbook();
    Styles st = new Styles(template);
    readme(template, dataset, st);
    charts(template, dataset, st);
    // closing the streaming workbook deletes its temporary files and closes the template
    try (SXSSFWorkbook wb = new SXSSFWorkbook(template, 100);
        OutputStream os = Files.newOutputStream(dir.resolve("dataset.xlsx"))) {
      wb.setCompressTempFiles(true);
      for (Table t : dataset.tables()) {
        table(wb, t, st);
      }
      wb.setSheetOrder("Charts", wb.getNumberOfSheets() - 1);
      wb.write(os);
    }
  }

  private record Styles(CellStyle header, CellStyle date, CellStyle wrap) {
    Styles(XSSFWorkbook wb) {
      this(wb.createCellStyle(), wb.createCellStyle(), wb.createCellStyle());
      Font bold = wb.createFont();
      bold.setBold(true);
      header.setFont(bold);
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      wrap.setWrapText(true);
      wrap.setVerticalAlignment(VerticalAlignment.TOP);
    }
  }

  private static void readme(XSSFWorkbook wb, Dataset ds, Styles st) {
    XSSFSheet s = wb.createSheet("README");
    Row h = s.createRow(0);
    String[] head = {"table", "column", "type", "description"};
    for (int i = 0; i < head.length; i++) {
      cell(h, i, head[i]).setCellStyle(st.header());
    }
    int r = 1;
    for (Table t : ds.tables()) {
      Row row = s.createRow(r++);
      cell(row, 0, t.name());
      cell(row, 3, t.description() + " (" + t.size() + " rows)");
      for (Column c : t.columns()) {
        Row cr = s.createRow(r++);
        cell(cr, 0, t.name());
        cell(cr, 1, c.name());
        cell(cr, 2, c.type().schemaName());
        cell(cr, 3, c.description());
      }
    }
    s.createFreezePane(0, 1);
    s.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, head.length - 1));
    int[] widths = {18, 16, 10, 90};
    for (int i = 0; i < widths.length; i++) {
      s.setColumnWidth(i, widths[i] * 256);
    }
  }

  private static Cell cell(Row row, int col, String text) {
    Cell c = row.createCell(col);
    c.setCellValue(text);
    return c;
  }

  private void table(SXSSFWorkbook wb, Table t, Styles st) throws IOException {
    try (RowCursor rows = t.open()) {
      int part = 0;
      do {
        String name = part == 0 ? t.name() : t.name() + " (" + (part + 1) + ")";
        sheet(wb.createSheet(name), t, rows, maxDataRows, st);
        part++;
      } while (rows.hasNext());
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Writes up to {@code max} rows from {@code rows} to one sheet. */
  private static void sheet(SXSSFSheet s, Table t, RowCursor rows, int max, Styles st) {
    int cols = t.columns().size();
    int[] width = new int[cols];
    Row h = s.createRow(0);
    for (int i = 0; i < cols; i++) {
      cell(h, i, t.columns().get(i).name()).setCellStyle(st.header());
      width[i] = t.columns().get(i).name().length();
    }
    int n = 0;
    while (n < max && rows.hasNext()) {
      List<Object> values = rows.next();
      Row row = s.createRow(++n);
      for (int i = 0; i < cols; i++) {
        Object v = values.get(i);
        if (v == null) {
          continue;
        }
        Cell c = row.createCell(i);
        int len;
        if (v instanceof Long l) {
          c.setCellValue(l.doubleValue());
          len = l.toString().length();
        } else if (v instanceof Double d) {
          c.setCellValue(d);
          len = Cells.text(d).length();
        } else if (v instanceof Boolean b) {
          c.setCellValue(b);
          len = 5;
        } else if (v instanceof LocalDate d) {
          c.setCellValue(d);
          c.setCellStyle(st.date());
          len = 10;
        } else {
          String text = v.toString();
          if (text.length() > MAX_CELL_CHARS) {
            text = text.substring(0, MAX_CELL_CHARS - TRUNCATED.length()) + TRUNCATED;
          }
          c.setCellValue(text);
          len = text.length();
          if (len > MAX_WIDTH_CHARS) {
            c.setCellStyle(st.wrap());
          }
        }
        width[i] = Math.max(width[i], Math.min(len, MAX_WIDTH_CHARS));
      }
    }
    for (int i = 0; i < cols; i++) {
      s.setColumnWidth(i, (width[i] + 2) * 256);
    }
    s.createFreezePane(0, 1);
    s.setAutoFilter(new CellRangeAddress(0, Math.max(0, n), 0, cols - 1));
  }

  private static void charts(XSSFWorkbook wb, Dataset ds, Styles st) throws IOException {
    XSSFSheet s = wb.createSheet("Charts");
    XSSFDrawing drawing = s.createDrawingPatriarch();
    // data behind the charts, on this sheet so the charts stand alone
    Row h = s.createRow(0);
    cell(h, 0, "base").setCellStyle(st.header());
    cell(h, 1, "troops").setCellStyle(st.header());
    cell(h, 3, "month").setCellStyle(st.header());
    cell(h, 4, "events").setCellStyle(st.header());
    int bases = 0;
    var tpb = ds.table("troops_per_base");
    if (tpb.isPresent()) {
      int bi = tpb.get().columnIndex("base");
      int ti = tpb.get().columnIndex("troops");
      for (List<Object> r : tpb.get().readAll()) {
        Row row = row(s, ++bases);
        cell(row, 0, String.valueOf(r.get(bi)));
        row.createCell(1).setCellValue(((Long) r.get(ti)).doubleValue());
      }
    }
    Map<String, Integer> perMonth = new TreeMap<>();
    var tl = ds.table("timeline");
    if (tl.isPresent()) {
      int si = tl.get().columnIndex("start");
      int pi = tl.get().columnIndex("precision");
      tl.get().forEachRow(r -> {
        String p = (String) r.get(pi);
        if (p.equals("day") || p.equals("month")) {
          perMonth.merge(r.get(si).toString().substring(0, 7), 1, Integer::sum);
        }
      });
    }
    int months = 0;
    for (Map.Entry<String, Integer> e : perMonth.entrySet()) {
      Row row = row(s, ++months);
      cell(row, 3, e.getKey());
      row.createCell(4).setCellValue(e.getValue());
    }
    s.setColumnWidth(0, 22 * 256);
    s.setColumnWidth(3, 10 * 256);
    bar(drawing, s, "Troops per base", "troops", 0, 1, bases, 6, 0);
    bar(drawing, s, "Dated events per month", "events", 3, 4, months, 6, 22);
  }

  private static Row row(XSSFSheet s, int i) {
    Row r = s.getRow(i);
    return r != null ? r : s.createRow(i);
  }

  private static void bar(XSSFDrawing drawing, XSSFSheet s, String title, String series, int catCol, int valCol, int n,
      int col, int rowAt) {
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col, rowAt, col + 12, rowAt + 20);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    int last = Math.max(1, n);
    XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(s, new CellRangeAddress(1, last, catCol, catCol));
    XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromNumericCellRange(s, new CellRangeAddress(1, last, valCol, valCol));
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    data.setBarDirection(BarDirection.COL);
    XDDFChartData.Series ser = data.addSeries(cats, vals);
    ser.setTitle(series, null);
    chart.plot(data);
  }
}
