package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.annalist.model.Column;
import org.annalist.model.Dataset;
import org.annalist.model.Table;
import org.annalist.model.WriteOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTCatAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTValAx;

class XlsxWriterChartsTest {
  private static XSSFWorkbook write(Dataset ds, Path dir) throws IOException {
    new XlsxWriter().write(ds, dir, WriteOptions.defaults());
    try (InputStream in = Files.newInputStream(dir.resolve("dataset.xlsx"))) {
      return new XSSFWorkbook(in);
    }
  }

  private static List<XSSFChart> charts(XSSFWorkbook wb) {
    return wb.getSheet(XlsxWriter.Charts.SHEET).getDrawingPatriarch().getCharts();
  }

  /** The sheet's text cells, one after the other, as one text. */
  private static String text(XSSFSheet s) {
    List<String> all = new ArrayList<>();
    for (Row r : s) {
      for (Cell c : r) {
        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
          all.add(c.getStringCellValue());
        }
      }
    }
    return String.join(" ", all);
  }

  private static List<String> children(org.apache.xmlbeans.XmlObject o) {
    List<String> names = new ArrayList<>();
    var nodes = o.getDomNode().getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getLocalName() != null) {
        names.add(nodes.item(i).getLocalName());
      }
    }
    return names;
  }

  private static int rows(long emu) {
    return (int) Math.ceil(emu / (double) Units.EMU_PER_POINT / XlsxWriter.Charts.ROW_PT);
  }

  private static Table bases(int n) {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // troops rise with i, with ties in pairs so the tie order (by name) is exercised
      rows.add(Arrays.asList("Country", String.format("Base %03d", i), (long) (i / 2) * 100 + 100));
    }
    return new Table("troops_per_base", "bases", List.of(Column.string("country", "c"), Column.string("base", "b"),
        Column.integer("troops", "t")), List.of("country", "base"), rows);
  }

  private static Table timeline(List<LocalDate> days, String precision) {
    List<List<Object>> rows = new ArrayList<>();
    days.forEach(d -> rows.add(Arrays.asList(d, precision)));
    return new Table("timeline", "events", List.of(Column.date("start", "s"), Column.string("precision", "p")), List.of(),
        rows);
  }

  @Test
  void everySeriesHasItsOwnFillAndOutlineAndEveryAxisATitle(@TempDir Path dir) throws IOException {
    try (XSSFWorkbook wb = write(SampleData.dataset(), dir)) {
      assertThat(charts(wb)).hasSize(2);
      for (XSSFChart chart : charts(wb)) {
        var plot = chart.getCTChart().getPlotArea();
        assertThat(plot.getBarChartArray(0).getVaryColors().getVal()).isFalse();
        for (CTBarSer ser : plot.getBarChartArray(0).getSerList()) {
          assertThat(ser.getSpPr().getSolidFill().getSrgbClr().getVal()).hasSize(3);
          assertThat(ser.getSpPr().getLn().getSolidFill().getSrgbClr().getVal()).hasSize(3);
          assertThat(ser.getSpPr().getLn().getW()).isPositive();
        }
        // one series: no legend
        assertThat(chart.getCTChart().isSetLegend()).isFalse();
        CTCatAx x = plot.getCatAxArray(0);
        CTValAx y = plot.getValAxArray(0);
        assertThat(x.isSetTitle()).isTrue();
        assertThat(y.isSetTitle()).isTrue();
        // a direct child of the axis, in the schema's place (anywhere else Excel offers to repair the file)
        List<String> children = children(x);
        assertThat(children).contains("tickLblSkip");
        assertThat(children.subList(children.indexOf("tickLblSkip"), children.size()))
            .doesNotContain("crossAx", "crosses", "auto", "lblAlgn", "lblOffset");
        assertThat(y.getNumFmt().getFormatCode()).isEqualTo("#,##0");
        assertThat(y.getNumFmt().getSourceLinked()).isFalse();
        assertThat(y.getMajorUnit().getVal()).isGreaterThanOrEqualTo(1).isEqualTo(Math.rint(y.getMajorUnit().getVal()));
        assertThat(y.getScaling().getMin().getVal()).isZero();
      }
      assertThat(charts(wb).get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getSpPr().getSolidFill()
          .getSrgbClr().getVal())
          .isNotEqualTo(charts(wb).get(1).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getSpPr()
              .getSolidFill().getSrgbClr().getVal());
    }
  }

  @Test
  void chartsAreOnLandscapePagesAndTheNumbersStartAfterThem(@TempDir Path dir) throws IOException {
    try (XSSFWorkbook wb = write(SampleData.dataset(), dir)) {
      XSSFSheet s = wb.getSheet(XlsxWriter.Charts.SHEET);
      assertThat(s.getPrintSetup().getLandscape()).isTrue();
      assertThat(s.getFitToPage()).as("fit-to would make Excel ignore the page breaks").isFalse();
      int[] breaks = s.getRowBreaks();
      assertThat(breaks).isNotEmpty();
      // one-cell anchors: the size in EMU, not in columns whose width depends on each program's font
      var anchors = s.getDrawingPatriarch().getCTDrawing().getOneCellAnchorList();
      assertThat(anchors).hasSize(2);
      assertThat(s.getDrawingPatriarch().getCTDrawing().sizeOfTwoCellAnchorArray()).isZero();
      assertThat(s.getDrawingPatriarch().getCTDrawing().validate()).as("drawing XML valid against the schema").isTrue();
      int lastChartRow = anchors.stream().mapToInt(a -> a.getFrom().getRow() + rows(a.getExt().getCy())).max().orElseThrow();
      assertThat(breaks[breaks.length - 1]).isGreaterThanOrEqualTo(lastChartRow);
      // the header of the numbers follows the last break
      Row header = s.getRow(breaks[breaks.length - 1] + 1);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("base");
      // bases in order of troops, most first
      assertThat(s.getRow(header.getRowNum() + 1).getCell(0).getStringCellValue()).isEqualTo("Liepāja");
      assertThat(s.getRow(header.getRowNum() + 1).getCell(1).getNumericCellValue()).isEqualTo(10000.0);
      for (var a : anchors) {
        assertThat(a.getExt().getCx() / (double) Units.EMU_PER_POINT).isLessThanOrEqualTo(XlsxWriter.Charts.PAGE_WIDTH_PT);
        assertThat(a.getExt().getCy() / (double) Units.EMU_PER_POINT).isLessThanOrEqualTo(XlsxWriter.Charts.PAGE_HEIGHT_PT);
        // the rows the chart covers have the height it was laid out with
        for (int r = a.getFrom().getRow(); r < a.getFrom().getRow() + rows(a.getExt().getCy()); r++) {
          assertThat(s.getRow(r).getHeightInPoints()).isEqualTo((float) XlsxWriter.Charts.ROW_PT);
        }
      }
    }
  }

  @Test
  void manyBasesShowTheTopOnesAndNoteTheRest(@TempDir Path dir) throws IOException {
    int n = 300;
    try (XSSFWorkbook wb = write(Dataset.of(List.of(bases(n))), dir)) {
      assertThat(charts(wb)).hasSize(1);
      XSSFChart chart = charts(wb).get(0);
      int bars = XlsxWriter.Charts.MAX_BARS;
      assertThat(chart.getTitleText().getString()).isEqualTo("Troops per base: top " + bars + " of " + n);
      var cat = chart.getChartSeries().get(0).getSeries(0).getCategoryData();
      assertThat(cat.getPointCount()).isEqualTo(bars);
      // the largest figure first; of two equal figures the name first in order
      assertThat(cat.getPointAt(0)).isEqualTo("Base 298");
      assertThat(cat.getPointAt(1)).isEqualTo("Base 299");
      long rest = IntStream.range(0, n - bars).mapToLong(i -> (long) (i / 2) * 100 + 100).sum();
      assertThat(text(wb.getSheet(XlsxWriter.Charts.SHEET))).contains("the other " + (n - bars) + " ")
          .contains(String.format(java.util.Locale.ROOT, "(%,d troops together)", rest)).contains("troops_per_base sheet");
      // too many for flat labels: turned
      assertThat(chart.getCTChart().getPlotArea().getCatAxArray(0).getTxPr().getBodyPr().getRot()).isEqualTo(-45 * 60_000);
    }
  }

  @Test
  void manyMonthsAreCountedPerYear(@TempDir Path dir) throws IOException {
    List<LocalDate> days = new ArrayList<>();
    for (int m = 0; m < 40; m++) {
      days.add(LocalDate.of(1920, 1, 15).plusMonths(m));
    }
    days.add(LocalDate.of(1920, 1, 20));
    Table vague = timeline(List.of(LocalDate.of(1925, 1, 1)), "year");
    List<List<Object>> rows = new ArrayList<>(timeline(days, "day").readAll());
    rows.addAll(vague.readAll());
    Table tl = new Table("timeline", "events", timeline(days, "day").columns(), List.of(), rows);
    try (XSSFWorkbook wb = write(Dataset.of(List.of(tl)), dir)) {
      XSSFChart chart = charts(wb).get(0);
      assertThat(chart.getTitleText().getString()).isEqualTo("Dated events per year");
      var series = chart.getChartSeries().get(0).getSeries(0);
      assertThat(series.getCategoryData().getPointCount()).isEqualTo(4);
      assertThat(series.getCategoryData().getPointAt(0)).isEqualTo("1920");
      assertThat(series.getValuesData().getPointAt(0).intValue()).isEqualTo(13);
      assertThat(text(wb.getSheet(XlsxWriter.Charts.SHEET))).contains("40 months have events").contains("1 events dated only to");
    }
  }

  @Test
  void anEmptyDatasetGetsNotesInsteadOfEmptyCharts(@TempDir Path dir) throws IOException {
    try (XSSFWorkbook wb = write(Dataset.of(List.of(bases(0))), dir)) {
      assertThat(charts(wb)).isEmpty();
      assertThat(text(wb.getSheet(XlsxWriter.Charts.SHEET))).contains("No troop figures tied to a base: no troops chart.")
          .contains("No events dated to a day or a month: no events chart.");
    }
  }

  @Test
  void everyChartSizeWithinTheLimitsFitsAPage() {
    for (int bars = 1; bars <= XlsxWriter.Charts.MAX_BARS; bars++) {
      for (int chars = 1; chars <= XlsxWriter.Charts.MAX_LABEL_CHARS; chars++) {
        // the record refuses a size over the printable area
        XlsxWriter.Charts.Geometry g = XlsxWriter.Charts.Geometry.of(bars, chars);
        assertThat(g.rows() * XlsxWriter.Charts.ROW_PT).isLessThanOrEqualTo(XlsxWriter.Charts.PAGE_HEIGHT_PT);
      }
    }
    assertThat(XlsxWriter.Charts.Geometry.of(4, 14).rotated()).isFalse();
    assertThat(XlsxWriter.Charts.Geometry.of(XlsxWriter.Charts.MAX_BARS, 14).rotated()).isTrue();
  }

  @Test
  void longLabelsAreShortenedWithoutSplittingACharacter() {
    String name = "Upper Wīllowmere training ground of the 🪖 division by the river";
    String label = XlsxWriter.Charts.label(name);
    assertThat(label.codePointCount(0, label.length())).isEqualTo(XlsxWriter.Charts.MAX_LABEL_CHARS);
    assertThat(label).endsWith("…").startsWith("Upper Wīllowmere training groun");
    assertThat(XlsxWriter.Charts.label(" Paldiski ")).isEqualTo("Paldiski");
    String emoji = "🪖".repeat(40);
    assertThat(XlsxWriter.Charts.label(emoji)).isEqualTo("🪖".repeat(XlsxWriter.Charts.MAX_LABEL_CHARS - 1) + "…");
  }

  @Test
  void notesAreCutAtSpacesIntoShortLines() {
    assertThat(XlsxWriter.Charts.lines("aa bb cc dd", 5)).containsExactly("aa bb", "cc dd");
    assertThat(XlsxWriter.Charts.lines("a verylongword b", 4)).containsExactly("a", "verylongword", "b");
    assertThat(XlsxWriter.Charts.lines("short", 60)).containsExactly("short");
  }

  @Test
  void countAxesStepByWholeRoundNumbers() {
    assertThat(XlsxWriter.Charts.majorUnit(0)).isEqualTo(1);
    assertThat(XlsxWriter.Charts.majorUnit(4)).isEqualTo(1);
    assertThat(XlsxWriter.Charts.majorUnit(30)).isEqualTo(5);
    assertThat(XlsxWriter.Charts.majorUnit(8000)).isEqualTo(2000);
    assertThat(XlsxWriter.Charts.majorUnit(95_000)).isEqualTo(20_000);
    assertThat(XlsxWriter.Charts.majorUnit(60)).isEqualTo(10);
  }
}
