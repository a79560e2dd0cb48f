package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: the seeds' workbook as LibreOffice Calc reads and prints it, since a workbook that POI
 * reads back can still show empty charts in a spreadsheet program. A run on the seeds writes
 * {@code dataset.xlsx}; LibreOffice headless converts it to PDF once; {@code pdftotext} says which
 * page each sheet and chart landed on and {@code pdftoppm} rasterizes the chart pages, in which
 * the bars are found by their colour. The pages are kept as {@code target/artifacts/charts-page.png}.
 *
 * <p>Needs {@code soffice} (Debian: {@code libreoffice-calc-nogui}) and {@code pdftoppm} and
 * {@code pdftotext} ({@code poppler-utils}). Without them the test is skipped, unless
 * {@code ANNALIST_REQUIRE_OFFICE=1} (CI sets it), which turns the skip into a failure.
 */
class WorkbookInCalcTest {
  static final Path ARTIFACTS = Path.of("target", "artifacts");
  static final String REQUIRE = "ANNALIST_REQUIRE_OFFICE";
  /** Resolution of the rendered pages, dots per inch. */
  static final int DPI = 60;
  /** Largest difference per RGB channel for a pixel to count as a bar's fill (anti-aliased edges fall outside). */
  static final int TOLERANCE = 40;
  /** Fewest pixels of the fill colour in a column of the picture for the column to be part of a bar. */
  static final int BAR_COLUMN_PIXELS = 2;

  @TempDir
  static Path dir;
  static Path xlsx;
  static Path pdf;
  static List<String> pages;
  static String pdftoppm;
  static Optional<String> skip = Optional.empty();

  @BeforeAll
  static void runAndConvert() throws IOException, InterruptedException {
    Optional<String> soffice = onPath("soffice");
    Optional<String> toppm = onPath("pdftoppm");
    Optional<String> totext = onPath("pdftotext");
    if (soffice.isEmpty() || toppm.isEmpty() || totext.isEmpty()) {
      String missing = "LibreOffice (soffice) or poppler-utils (pdftoppm, pdftotext) not on PATH; install them with "
          + "'apt-get install --no-install-recommends libreoffice-calc-nogui poppler-utils'";
      if ("1".equals(System.getenv(REQUIRE))) {
        fail(missing + " (" + REQUIRE + "=1 requires them)");
      }
      skip = Optional.of(missing + ": the workbook is not checked in LibreOffice Calc");
      System.err.println("WorkbookInCalcTest skipped: " + skip.get());
      return;
    }
    pdftoppm = toppm.get();
    long t0 = System.nanoTime();
    Path out = dir.resolve("out");
    Cli.Result r = Cli.run("run", Cli.SEEDS.toString(), "--out", out.toString(), "--formats", "xlsx", "-q");
    assertThat(r.code()).as(r.err()).isZero();
    xlsx = out.resolve("dataset.xlsx");

    long t1 = System.nanoTime();
    // a private profile, so that parallel runs and a user's open LibreOffice do not clash
    String log = run(dir, soffice.get(), "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--headless",
        "--norestore", "--convert-to", "pdf", "--outdir", dir.toString(), xlsx.toString());
    pdf = dir.resolve("dataset.pdf");
    assertThat(pdf).as("LibreOffice converted the workbook: " + log).exists();
    assertThat(log).doesNotContainIgnoringCase("error");
    long t2 = System.nanoTime();
    run(dir, totext.get(), "-layout", pdf.toString(), dir.resolve("dataset.txt").toString());
    pages = List.of(Files.readString(dir.resolve("dataset.txt"), StandardCharsets.UTF_8).split("\f"));
    System.out.printf("WorkbookInCalcTest: run on the seeds %.1f s, LibreOffice to PDF (%d pages) %.1f s, pdftotext %.1f s%n",
        (t1 - t0) / 1e9, pages.size() - 1, (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9);
  }

  /** Each test is reported as skipped, with the reason, rather than the class vanishing from the counts. */
  @BeforeEach
  void needsTheTools() {
    Assumptions.assumeTrue(skip.isEmpty(), skip::get);
  }

  private static Optional<String> onPath(String command) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(d.isEmpty() ? "." : d, command);
      if (Files.isExecutable(p)) {
        return Optional.of(p.toString());
      }
    }
    return Optional.empty();
  }

  /** Runs a command in {@code cwd}, fails unless it exits with 0 within two minutes; returns what it printed. */
  private static String run(Path cwd, String... command) throws IOException, InterruptedException {
    Path log = Files.createTempFile(cwd, "cmd", ".log");
    Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
        .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail(String.join(" ", command) + " did not finish in 120 s");
    }
    String printed = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(String.join(" ", command) + ": " + printed).isZero();
    return printed;
  }

  private static XSSFWorkbook workbook() throws IOException {
    try (InputStream in = Files.newInputStream(xlsx)) {
      return new XSSFWorkbook(in);
    }
  }

  /** Index of the first page from {@code from} on whose text matches, or -1. */
  private static int page(int from, Pattern p) {
    for (int i = Math.max(0, from); i < pages.size(); i++) {
      if (p.matcher(pages.get(i)).find()) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void everySheetSurvivesTheConversionInItsOrder() throws IOException {
    try (XSSFWorkbook wb = workbook()) {
      // POI reads every part back (sheets, drawing, charts) with nothing a program would repair
      int last = -1;
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        XSSFSheet s = wb.getSheetAt(i);
        Pattern start;
        if (s.getDrawingPatriarch() != null && !s.getDrawingPatriarch().getCharts().isEmpty()) {
          start = Pattern.compile(Pattern.quote(s.getDrawingPatriarch().getCharts().get(0).getTitleText().getString()));
        } else {
          // each sheet starts a page; its first page begins with its header's first cell
          Row header = s.getRow(s.getFirstRowNum());
          start = Pattern.compile("(?m)^\\s*" + Pattern.quote(header.getCell(0).getStringCellValue()) + "(\\s|$)");
        }
        int at = page(last + 1, start);
        assertThat(at).as("a page of sheet " + s.getSheetName() + " after page " + (last + 1) + " of " + pages.size())
            .isGreaterThan(last);
        last = at;
      }
      assertThat(pages.size()).isGreaterThanOrEqualTo(wb.getNumberOfSheets());
    }
  }

  /** One chart as found in the rendered page: its title, page, and the pixels and bars of its fill colour. */
  record Found(String title, int page, long pixels, int bars, int categories) { }

  @Test
  void everyChartShowsOneColouredBarPerCategory() throws IOException, InterruptedException {
    List<Found> found = new ArrayList<>();
    try (XSSFWorkbook wb = workbook()) {
      List<XSSFChart> all = wb.getSheet("Charts").getDrawingPatriarch().getCharts();
      assertThat(all).isNotEmpty();
      // LibreOffice also writes a chart's text, clipped, on a neighbouring page, so the text only
      // narrows the pages down; the chart is on the one of them holding most of its colour
      List<Integer> candidates = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        for (XSSFChart c : all) {
          if (pages.get(i).contains(c.getTitleText().getString()) && !candidates.contains(i)) {
            candidates.add(i);
          }
        }
      }
      long t0 = System.nanoTime();
      List<BufferedImage> pictures = new ArrayList<>();
      for (int p : candidates) {
        pictures.add(render(p));
      }
      System.out.printf("WorkbookInCalcTest: pdftoppm, %d page(s) at %d dpi: %.1f s%n", candidates.size(), DPI,
          (System.nanoTime() - t0) / 1e9);
      for (XSSFChart c : all) {
        String title = c.getTitleText().getString();
        byte[] rgb = c.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getSpPr().getSolidFill().getSrgbClr()
            .getVal();
        int categories = c.getChartSeries().get(0).getSeries(0).getCategoryData().getPointCount();
        Found best = null;
        for (int k = 0; k < candidates.size(); k++) {
          Found f = count(title, candidates.get(k), pictures.get(k), rgb, categories);
          if (best == null || f.pixels() > best.pixels()) {
            best = f;
          }
        }
        assertThat(best).as("a page with the text of chart " + title).isNotNull();
        found.add(best);
      }
      List<BufferedImage> shown = new ArrayList<>();
      found.stream().map(Found::page).distinct().forEach(p -> shown.add(pictures.get(candidates.indexOf(p))));
      Path png = keep(shown);
      System.out.println("WorkbookInCalcTest: rendered Charts page(s): " + png.toAbsolutePath());
      for (Found f : found) {
        System.out.printf("WorkbookInCalcTest: '%s' on PDF page %d: %d coloured pixels, %d bars for %d categories%n",
            f.title(), f.page() + 1, f.pixels(), f.bars(), f.categories());
      }
      for (Found f : found) {
        assertThat(f.bars()).as(f.title() + ": bars drawn, see " + png).isEqualTo(f.categories());
        assertThat(f.pixels()).as(f.title() + ": coloured pixels").isGreaterThan(f.categories() * 20L);
      }
    }
  }

  private static BufferedImage render(int page) throws IOException, InterruptedException {
    String n = Integer.toString(page + 1);
    Path prefix = dir.resolve("page-" + n);
    run(dir, pdftoppm, "-png", "-r", Integer.toString(DPI), "-f", n, "-l", n, "-singlefile", pdf.toString(),
        prefix.toString());
    return ImageIO.read(dir.resolve("page-" + n + ".png").toFile());
  }

  /**
   * Counts the pixels of the series' fill colour, and the bars: runs of neighbouring picture columns
   * holding that colour. Text, axes and gridlines are black or grey, so they never match a fill.
   */
  static Found count(String title, int page, BufferedImage img, byte[] rgb, int categories) {
    int[] fill = {rgb[0] & 0xff, rgb[1] & 0xff, rgb[2] & 0xff};
    long pixels = 0;
    int bars = 0;
    boolean inBar = false;
    for (int x = 0; x < img.getWidth(); x++) {
      int column = 0;
      for (int y = 0; y < img.getHeight(); y++) {
        int p = img.getRGB(x, y);
        int[] c = {(p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff};
        if (Math.abs(c[0] - fill[0]) <= TOLERANCE && Math.abs(c[1] - fill[1]) <= TOLERANCE
            && Math.abs(c[2] - fill[2]) <= TOLERANCE && Math.max(c[0], Math.max(c[1], c[2])) - Math.min(c[0], Math.min(c[1], c[2])) >= 60) {
          column++;
        }
      }
      pixels += column;
      boolean bar = column >= BAR_COLUMN_PIXELS;
      if (bar && !inBar) {
        bars++;
      }
      inBar = bar;
    }
    return new Found(title, page, pixels, bars, categories);
  }

  /** The rendered pages one above the other in one picture under target/artifacts. */
  private static Path keep(List<BufferedImage> pictures) throws IOException {
    int w = pictures.stream().mapToInt(BufferedImage::getWidth).max().orElseThrow();
    int h = pictures.stream().mapToInt(BufferedImage::getHeight).sum();
    BufferedImage all = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    var g = all.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, w, h);
    int y = 0;
    for (BufferedImage p : pictures) {
      g.drawImage(p, 0, y, null);
      g.setColor(java.awt.Color.GRAY);
      g.drawLine(0, y, w, y);
      y += p.getHeight();
    }
    g.dispose();
    Files.createDirectories(ARTIFACTS);
    Path png = ARTIFACTS.resolve("charts-page.png");
    ImageIO.write(all, "png", png.toFile());
    return png;
  }
}
