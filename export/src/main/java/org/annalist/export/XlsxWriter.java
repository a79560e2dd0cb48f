package org.annalist.export;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import javax.xml.namespace.QName;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.annalist.model.Column;
import org.annalist.model.Dataset;
import org.annalist.model.DatasetWriter;
import org.annalist.model.RowCursor;
import org.annalist.model.Table;
import org.annalist.model.WriteOptions;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTCatAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTValAx;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPositiveSize2D;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTDrawing;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTOneCellAnchor;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTTwoCellAnchor;

/**
 * {@code dataset.xlsx}: a README sheet saying what each table holds, one sheet per table (typed
 * cells: numbers numeric, dates real Excel dates; bold frozen header; auto-filter; column widths
 * from the content; long text wrapped) and a Charts sheet with troops per base and dated events per
 * month ({@link Charts}: explicit series colours, one printed page per chart).
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
    Charts.write(template, dataset, st.header());
    // closing the streaming workbook deletes its temporary files and closes the template
    try (SXSSFWorkbook wb = new FastDeflateWorkbook(template);
        OutputStream os = Files.newOutputStream(dir.resolve("dataset.xlsx"))) {
      wb.setCompressTempFiles(true);
      for (Table t : dataset.tables()) {
        table(wb, t, st);
      }
      wb.setSheetOrder(Charts.SHEET, wb.getNumberOfSheets() - 1);
      wb.write(os);
    }
  }

  /**
   * A streaming workbook whose temporary sheet files are deflated at the fastest level: they are read
   * once, into the final file, and their compression at the default level was a third of the
   * workbook's time. The final file keeps the default level (the fastest made it a fifth larger).
   */
  private static final class FastDeflateWorkbook extends SXSSFWorkbook {
    FastDeflateWorkbook(XSSFWorkbook template) {
      super(template, 100);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
      return new GZIPSheetDataWriter(getSharedStringSource()) {
        @Override
        protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
          return new GZIPOutputStream(fos) {
            {
              def.setLevel(Deflater.BEST_SPEED);
            }
          };
        }
      };
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

  /**
   * The Charts sheet of {@code dataset.xlsx}: troops per base and dated events per period as column
   * charts, stacked at the top, with the numbers they plot in cells below them.
   *
   * <p><b>Colours are written out.</b> A series without its own shape properties ({@code c:spPr}) is
   * drawn by Excel in the colours of its default chart style, but LibreOffice Calc does not apply that
   * style and draws no bars at all. So every series carries an explicit solid fill and outline, and
   * {@code varyColors} is off, so that every program draws the same bars.
   *
   * <p><b>Readable at any size.</b> A chart shows at most {@link #MAX_BARS} bars. The bases chart
   * shows the bases with the most troops (ties by name), and its title and a cell under the numbers
   * say how many bases are left out (all of them are on the {@code troops_per_base} sheet). The events
   * chart counts per month, or per year, decade or century when more months than that have events.
   * Category labels longer than {@link #MAX_LABEL_CHARS} are shortened with an ellipsis; every label
   * is shown (no skipping), turned 45° when they would not fit side by side.
   *
   * <p><b>One printed page per chart.</b> Each chart is sized from its number of bars and its longest
   * label to fit, at 100 %, the printable area that a landscape A4 and a landscape Letter page share
   * with this sheet's half-inch margins (10 x 7.27 in); the charts are stacked with a manual page
   * break where the next one would not fit, and the numbers start on a page of their own. The size
   * is computed rather than left to "fit to page" because Excel ignores manual page breaks under
   * "fit to", and it is written in EMU on a one-cell anchor rather than as a span of columns because
   * each program turns column widths into lengths with its own font's metrics.
   */
  static final class Charts {
    /** The most bars a chart shows. */
    static final int MAX_BARS = 25;
    /** The longest category label drawn in full. */
    static final int MAX_LABEL_CHARS = 32;
    static final String SHEET = "Charts";

    // geometry, in points; a 9 pt sans-serif character is taken as 5.5 pt wide on average, enough for
    // the wider letters of place names so that estimated labels are never narrower than drawn ones
    static final double ROW_PT = 15;
    private static final double LABEL_FONT_PT = 9;
    private static final double CHAR_PT = 5.5;
    private static final double LABEL_PAD_PT = 10;
    private static final double MIN_SLOT_PT = 28;
    private static final double ROTATED_SLOT_PT = 18;
    private static final double SIN_45 = Math.sqrt(0.5);
    /** Value axis labels and title, and the chart's inner margins. */
    private static final double SIDE_PT = 100;
    private static final double TITLE_PT = 36;
    private static final double PLOT_PT = 200;
    private static final double AXIS_TITLE_PT = 20;
    private static final double PAD_PT = 20;
    private static final double MIN_WIDTH_PT = 6 * 72;
    /** The most a chart may take of the printable area, with slack for programs drawing text wider. */
    static final double PAGE_WIDTH_PT = 9.3 * 72;
    static final double PAGE_HEIGHT_PT = 6.7 * 72;
    private static final double MARGIN_IN = 0.5;
    private static final int GAP_ROWS = 1;

    // data block under the charts: base, troops, (gap), period, events
    private static final int BASE_COL = 0;
    private static final int PERIOD_COL = 3;
    /** Notes are cut into lines this long, each in its own cell, so that they print within the charts' width. */
    private static final int NOTE_CHARS = 60;

    private Charts() { }

    /** A colour pair for one series: fill and a darker outline, as RGB hex. */
    record Colors(String fill, String line) {
      static final Colors BLUE = new Colors("4472C4", "2F528F");
      static final Colors ORANGE = new Colors("ED7D31", "AE5A21");

      Colors {
        HexFormat.of().parseHex(fill);
        HexFormat.of().parseHex(line);
      }
    }

    /** One bar with its category label and value. */
    record Bar(String label, long value) {
      Bar {
        if (label.isEmpty() || value < 0) {
          throw new IllegalArgumentException("bar needs a label and a count: " + label + " " + value);
        }
      }
    }

    /** A column chart to draw: titles, bars in order, a note on what it leaves out, and its colours. */
    record Bars(String title, String categoryAxis, String valueAxis, List<Bar> bars, Optional<String> note, Colors colors) {
      Bars {
        bars = List.copyOf(bars);
        if (bars.size() > MAX_BARS) {
          throw new IllegalArgumentException(bars.size() + " bars, more than " + MAX_BARS);
        }
      }

      int labelChars() {
        return bars.stream().mapToInt(b -> b.label().codePointCount(0, b.label().length())).max().orElse(0);
      }

      long max() {
        return bars.stream().mapToLong(Bar::value).max().orElse(0);
      }
    }

    /** The size of a chart in points and whether its category labels are turned. */
    record Geometry(double width, double height, boolean rotated) {
      Geometry {
        if (width <= 0 || height <= 0 || width > PAGE_WIDTH_PT || height > PAGE_HEIGHT_PT) {
          throw new IllegalArgumentException("chart of " + width + " x " + height + " pt does not fit a page");
        }
      }

      static Geometry of(int bars, int labelChars) {
        double flatSlot = Math.max(MIN_SLOT_PT, labelChars * CHAR_PT + LABEL_PAD_PT);
        boolean rotated = bars * flatSlot + SIDE_PT > PAGE_WIDTH_PT;
        // a turned label reaches left of its bar by its own width times sin 45°
        double overhang = labelChars * CHAR_PT * SIN_45;
        double width = rotated ? bars * ROTATED_SLOT_PT + SIDE_PT + overhang : bars * flatSlot + SIDE_PT;
        double labels = rotated ? overhang + LABEL_PAD_PT : LABEL_FONT_PT + LABEL_PAD_PT;
        return new Geometry(Math.min(PAGE_WIDTH_PT, Math.max(MIN_WIDTH_PT, width)),
            TITLE_PT + PLOT_PT + labels + AXIS_TITLE_PT + PAD_PT, rotated);
      }

      int rows() {
        return (int) Math.ceil(height / ROW_PT);
      }
    }

    /** A chart placed on the sheet: what it shows, its size, its first row and the column of its labels. */
    private record Placed(Bars bars, Geometry geometry, int top, int categoryColumn) { }

    static void write(XSSFWorkbook wb, Dataset ds, CellStyle header) throws IOException {
      XSSFSheet s = wb.createSheet(SHEET);
      Optional<Table> tpb = ds.table("troops_per_base");
      Optional<Bars> troops = tpb.isPresent() ? troops(tpb.get()) : Optional.empty();
      Optional<Table> tl = ds.table("timeline");
      Optional<Bars> events = tl.isPresent() ? events(tl.get()) : Optional.empty();

      // stacked from the top; a chart that would not fit what is left of a page starts the next one
      List<Placed> placed = new ArrayList<>();
      int top = 0;
      double pageUsed = 0;
      for (Map.Entry<Optional<Bars>, Integer> c : List.of(Map.entry(troops, BASE_COL), Map.entry(events, PERIOD_COL))) {
        if (c.getKey().isEmpty()) {
          continue;
        }
        Bars b = c.getKey().get();
        Geometry g = Geometry.of(b.bars().size(), b.labelChars());
        double h = (g.rows() + GAP_ROWS) * ROW_PT;
        if (pageUsed > 0 && pageUsed + h > PAGE_HEIGHT_PT) {
          s.setRowBreak(top - 1);
          pageUsed = 0;
        }
        placed.add(new Placed(b, g, top, c.getValue()));
        top += g.rows() + GAP_ROWS;
        pageUsed += h;
      }
      // the chart zone's rows get an explicit height, so that anchors computed from it hold in every
      // program whatever its default row height; the numbers start on a page of their own
      for (int r = 0; r < top; r++) {
        s.createRow(r).setHeightInPoints((float) ROW_PT);
      }
      if (top > 0) {
        s.setRowBreak(top - 1);
      }

      int dataTop = top;
      CellStyle count = wb.createCellStyle();
      count.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("#,##0"));
      Row h = row(s, dataTop);
      cell(h, BASE_COL, "base").setCellStyle(header);
      cell(h, BASE_COL + 1, "troops").setCellStyle(header);
      cell(h, PERIOD_COL, events.map(Bars::categoryAxis).orElse(Period.MONTH.noun())).setCellStyle(header);
      cell(h, PERIOD_COL + 1, "events").setCellStyle(header);
      int rows = 0;
      for (Placed p : placed) {
        List<Bar> bars = p.bars().bars();
        for (int i = 0; i < bars.size(); i++) {
          Row r = row(s, dataTop + 1 + i);
          cell(r, p.categoryColumn(), bars.get(i).label());
          Cell v = r.createCell(p.categoryColumn() + 1);
          v.setCellValue(bars.get(i).value());
          v.setCellStyle(count);
        }
        rows = Math.max(rows, bars.size());
      }
      List<String> notes = new ArrayList<>();
      troops.ifPresentOrElse(b -> b.note().ifPresent(notes::add), () -> notes.add("No troop figures tied to a base: no troops chart."));
      events.ifPresentOrElse(b -> b.note().ifPresent(notes::add), () -> notes.add("No events dated to a day or a month: no events chart."));
      int noteRow = dataTop + rows + 2;
      for (String n : notes) {
        for (String line : lines(n, NOTE_CHARS)) {
          cell(row(s, noteRow++), BASE_COL, line);
        }
      }
      s.setColumnWidth(BASE_COL, (Math.max(10, troops.map(Bars::labelChars).orElse(0)) + 2) * 256);
      s.setColumnWidth(BASE_COL + 1, 12 * 256);
      s.setColumnWidth(BASE_COL + 2, 3 * 256);
      s.setColumnWidth(PERIOD_COL, (Math.max(10, events.map(Bars::labelChars).orElse(0)) + 2) * 256);
      s.setColumnWidth(PERIOD_COL + 1, 12 * 256);

      XSSFDrawing drawing = s.createDrawingPatriarch();
      for (Placed p : placed) {
        draw(s, drawing, p, dataTop);
      }
      fixSizes(drawing, placed);
      printSetup(s);
    }

    private static void printSetup(XSSFSheet s) {
      s.getPrintSetup().setLandscape(true);
      s.setMargin(PageMargin.LEFT, MARGIN_IN);
      s.setMargin(PageMargin.RIGHT, MARGIN_IN);
      s.setMargin(PageMargin.TOP, MARGIN_IN);
      s.setMargin(PageMargin.BOTTOM, MARGIN_IN);
      s.setMargin(PageMargin.HEADER, 0);
      s.setMargin(PageMargin.FOOTER, 0);
      s.setHorizontallyCenter(true);
    }

    /** The bases with the most troops, at most {@link #MAX_BARS}, read in one pass. */
    static Optional<Bars> troops(Table t) throws IOException {
      int bi = t.columnIndex("base");
      int ti = t.columnIndex("troops");
      Comparator<Bar> rank = Comparator.comparingLong(Bar::value).reversed().thenComparing(Bar::label);
      // a heap whose head is the weakest of the bars kept, so that each row costs log MAX_BARS
      PriorityQueue<Bar> top = new PriorityQueue<>(rank.reversed());
      long[] all = new long[2];
      long[] kept = new long[1];
      t.forEachRow(r -> {
        Object base = r.get(bi);
        Object troops = r.get(ti);
        if (base == null || troops == null || base.toString().isBlank()) {
          return;
        }
        long n = ((Number) troops).longValue();
        all[0]++;
        all[1] += n;
        top.add(new Bar(label(base.toString()), n));
        if (top.size() > MAX_BARS) {
          top.poll();
        }
      });
      if (top.isEmpty()) {
        return Optional.empty();
      }
      List<Bar> bars = new ArrayList<>(top);
      bars.sort(rank);
      bars.forEach(b -> kept[0] += b.value());
      long left = all[0] - bars.size();
      String title = "Troops per base";
      Optional<String> note = Optional.empty();
      if (left > 0) {
        title = String.format(Locale.ROOT, "Troops per base: top %d of %d", bars.size(), all[0]);
        note = Optional.of(String.format(Locale.ROOT,
            "Troops per base: the %d bases with the most troops; the other %d (%,d troops together) are on the"
                + " troops_per_base sheet.", bars.size(), left, all[1] - kept[0]));
      }
      return Optional.of(new Bars(title, "base", "troops", bars, note, Colors.BLUE));
    }

    /** A period that dated events are counted by; the finest one with at most {@link #MAX_BARS} bars is used. */
    enum Period {
      MONTH(0), YEAR(1), DECADE(10), CENTURY(100);

      private final int years;

      Period(int years) {
        this.years = years;
      }

      /** A sortable key for the period holding {@code d}. */
      long key(LocalDate d) {
        return this == MONTH ? d.getYear() * 12L + d.getMonthValue() - 1 : Math.floorDiv(d.getYear(), years) * (long) years;
      }

      String label(long key) {
        return switch (this) {
          case MONTH -> String.format(Locale.ROOT, "%04d-%02d", Math.floorDiv(key, 12), Math.floorMod(key, 12) + 1);
          case YEAR -> Long.toString(key);
          case DECADE, CENTURY -> key + "–" + (key + years - 1);
        };
      }

      String noun() {
        return name().toLowerCase(Locale.ROOT);
      }
    }

    /** Timeline events dated to a day or a month, counted per period. */
    static Optional<Bars> events(Table t) throws IOException {
      int si = t.columnIndex("start");
      int pi = t.columnIndex("precision");
      Map<LocalDate, Long> perMonth = new TreeMap<>();
      long[] vague = new long[1];
      t.forEachRow(r -> {
        Object start = r.get(si);
        if (start == null) {
          return;
        }
        String p = String.valueOf(r.get(pi));
        if (p.equals("day") || p.equals("month")) {
          perMonth.merge(((LocalDate) start).withDayOfMonth(1), 1L, Long::sum);
        } else {
          vague[0]++;
        }
      });
      if (perMonth.isEmpty()) {
        return Optional.empty();
      }
      Period period = Period.MONTH;
      TreeMap<Long, Long> counts = count(perMonth, period);
      while (counts.size() > MAX_BARS && period != Period.CENTURY) {
        period = Period.values()[period.ordinal() + 1];
        counts = count(perMonth, period);
      }
      int periods = counts.size();
      if (periods > MAX_BARS) {
        // only dates spread over more centuries than bars get here: the latest ones are shown
        counts = new TreeMap<>(counts.descendingMap().entrySet().stream().limit(MAX_BARS)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
      }
      List<Bar> bars = new ArrayList<>();
      for (Map.Entry<Long, Long> e : counts.entrySet()) {
        bars.add(new Bar(period.label(e.getKey()), e.getValue()));
      }
      StringBuilder note = new StringBuilder("Dated events: timeline rows dated to a day or a month, by the ")
          .append(period.noun()).append(" they start in");
      if (period != Period.MONTH) {
        note.append(String.format(Locale.ROOT, " (%d months have events, too many to show one bar each)", perMonth.size()));
      }
      if (periods > counts.size()) {
        note.append(String.format(Locale.ROOT, "; the latest %d of %d centuries with events are shown", counts.size(), periods));
      }
      note.append('.');
      if (vague[0] > 0) {
        note.append(String.format(Locale.ROOT, " %,d events dated only to a season, year, decade or century are not counted.",
            vague[0]));
      }
      return Optional.of(new Bars("Dated events per " + period.noun(), period.noun(), "events", bars,
          Optional.of(note.toString()), Colors.ORANGE));
    }

    private static TreeMap<Long, Long> count(Map<LocalDate, Long> perMonth, Period period) {
      TreeMap<Long, Long> counts = new TreeMap<>();
      perMonth.forEach((month, n) -> counts.merge(period.key(month), n, Long::sum));
      return counts;
    }

    /** The label of a category: the text, shortened with an ellipsis past {@link #MAX_LABEL_CHARS}. */
    static String label(String text) {
      String t = text.strip();
      if (t.codePointCount(0, t.length()) <= MAX_LABEL_CHARS) {
        return t;
      }
      return t.substring(0, t.offsetByCodePoints(0, MAX_LABEL_CHARS - 1)) + "…";
    }

    /** {@code text} cut at spaces into lines of at most {@code width} characters (a longer word is a line of its own). */
    static List<String> lines(String text, int width) {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.split(" ")) {
        if (line.length() > 0 && line.length() + 1 + word.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
      }
      if (line.length() > 0) {
        lines.add(line.toString());
      }
      return lines;
    }

    /** Major unit for a count axis: 1, 2 or 5 times a power of ten, about six gridlines, never below 1. */
    static long majorUnit(long max) {
      double raw = max / 6.0;
      long pow = 1;
      while (pow * 10 <= raw) {
        pow *= 10;
      }
      for (long m : new long[] {1, 2, 5}) {
        if (m * pow >= raw) {
          return m * pow;
        }
      }
      return 10 * pow;
    }

    private static void draw(XSSFSheet s, XSSFDrawing drawing, Placed p, int dataTop) {
      Bars b = p.bars();
      Geometry g = p.geometry();
      int catCol = p.categoryColumn();
      // a placeholder anchor: fixSizes gives the chart its size
      XSSFChart chart = drawing.createChart(new XSSFClientAnchor(0, 0, 0, 0, 0, p.top(), 1, p.top() + 1));
      chart.setTitleText(b.title());
      chart.setTitleOverlay(false);
      chart.setAutoTitleDeleted(false);

      XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
      x.setTitle(b.categoryAxis());
      x.getOrAddTextProperties().setFontSize(LABEL_FONT_PT);
      CTCatAx catAx = chart.getCTChart().getPlotArea().getCatAxArray(0);
      tickLabelSkipOne(catAx);
      if (g.rotated()) {
        catAx.getTxPr().getBodyPr().setRot(-45 * 60_000);
      }

      XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
      y.setTitle(b.valueAxis());
      y.setCrosses(AxisCrosses.AUTO_ZERO);
      y.setCrossBetween(AxisCrossBetween.BETWEEN);
      y.setMinimum(0);
      y.setMajorUnit(majorUnit(b.max()));
      y.setNumberFormat("#,##0");
      CTValAx valAx = chart.getCTChart().getPlotArea().getValAxArray(0);
      // POI links the format to the source cells, where Excel would then take "General" from the cells
      valAx.getNumFmt().setSourceLinked(false);
      XDDFShapeProperties grid = y.getOrAddMajorGridProperties();
      grid.setLineProperties(line("D9D9D9", 0.5));

      int n = b.bars().size();
      var cats = XDDFDataSourcesFactory.fromStringCellRange(s, new CellRangeAddress(dataTop + 1, dataTop + n, catCol, catCol));
      var vals = XDDFDataSourcesFactory.fromNumericCellRange(s, new CellRangeAddress(dataTop + 1, dataTop + n, catCol + 1, catCol + 1));
      XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
      data.setBarDirection(BarDirection.COL);
      data.setVaryColors(false);
      data.setGapWidth(60);
      XDDFChartData.Series ser = data.addSeries(cats, vals);
      ser.setTitle(b.valueAxis(), new CellReference(s.getSheetName(), dataTop, catCol + 1, true, true));
      ser.setFillProperties(new XDDFSolidFillProperties(color(b.colors().fill())));
      ser.setLineProperties(line(b.colors().line(), 0.75));
      chart.plot(data);
      if (data.getSeriesCount() > 1) {
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
      } else {
        chart.deleteLegend();
      }
    }

    /**
     * Sets {@code c:tickLblSkip val="1"}, so that no program leaves labels out to avoid overlap (the
     * geometry already leaves each label its room). Written with a cursor because poi-ooxml-lite does
     * not ship the element's type; its place in the schema's sequence is before these elements.
     */
    private static void tickLabelSkipOne(CTCatAx catAx) {
      String ns = "http://schemas.openxmlformats.org/drawingml/2006/chart";
      Set<String> after = Set.of("tickMarkSkip", "noMultiLvlLbl", "extLst");
      try (XmlCursor c = catAx.newCursor()) {
        // before the first child that must follow, else as the last child
        boolean found = c.toFirstChild();
        while (found && !after.contains(c.getName().getLocalPart())) {
          found = c.toNextSibling();
        }
        if (!found) {
          c.toParent();
          c.toEndToken();
        }
        c.beginElement(new QName(ns, "tickLblSkip", "c"));
        c.insertAttributeWithValue("val", "1");
      }
    }

    private static XDDFLineProperties line(String rgb, double widthPt) {
      XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(color(rgb)));
      line.setWidth(widthPt);
      return line;
    }

    private static XDDFColor color(String rgb) {
      return XDDFColor.from(HexFormat.of().parseHex(rgb));
    }

    /**
     * Turns the charts' two-cell anchors (all POI makes) into one-cell anchors carrying the size in
     * EMU. A two-cell anchor's size follows the column widths, which each program turns into lengths
     * with the metrics of its own default font: LibreOffice without Calibri's metrics draws the
     * columns about a third wider, and the charts with them. (openpyxl anchors its charts so too.)
     */
    private static void fixSizes(XSSFDrawing drawing, List<Placed> placed) {
      CTDrawing d = drawing.getCTDrawing();
      for (Placed p : placed) {
        CTTwoCellAnchor two = d.getTwoCellAnchorArray(0);
        CTOneCellAnchor one = d.addNewOneCellAnchor();
        one.setFrom(two.getFrom());
        CTPositiveSize2D ext = one.addNewExt();
        ext.setCx(Units.toEMU(p.geometry().width()));
        ext.setCy(Units.toEMU(p.geometry().rows() * ROW_PT));
        one.setGraphicFrame(two.getGraphicFrame());
        one.getGraphicFrame().getXfrm().setExt(ext);
        one.addNewClientData();
        d.removeTwoCellAnchor(0);
      }
    }

    private static Row row(XSSFSheet s, int i) {
      Row r = s.getRow(i);
      return r != null ? r : s.createRow(i);
    }
  }
}
