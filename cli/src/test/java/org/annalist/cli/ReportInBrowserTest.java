package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds' report.html opened in headless Chromium as a person would open it, from disk: it must
 * draw without a script error, put one marker per placed base on the map and one bar per base in the
 * troops chart, make no request beyond its own file, and show the evidence of a clicked bar, event
 * and article. The page is kept as a screenshot, {@code target/report-seeds.png}.
 */
class ReportInBrowserTest {
  static final int WIDTH = 1400;
  @TempDir
  static Path dir;
  static Path out;

  @BeforeAll
  static void run() {
    out = dir.resolve("out");
    Cli.runSeeds(out, "--formats", "csv,report,vega-lite");
  }

  /**
   * The browser, or the test is skipped with the reason; with {@code ANNALIST_REQUIRE_BROWSER=1}
   * (CI sets it) a missing browser fails the test instead, so that CI cannot pass without it.
   */
  static Path browser() {
    Optional<Path> found = Chromium.find();
    if (found.isEmpty()) {
      String why = "no Chromium on this machine (install Debian's chromium package or set ANNALIST_CHROMIUM)";
      if ("1".equals(System.getenv("ANNALIST_REQUIRE_BROWSER"))) {
        fail(why + ", and ANNALIST_REQUIRE_BROWSER=1 requires the browser tests to run");
      }
      Assumptions.abort("browser test skipped: " + why);
    }
    return found.get();
  }

  static List<CSVRecord> rows(String table) throws IOException {
    try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(Files.newBufferedReader(out.resolve(table + ".csv"), StandardCharsets.UTF_8))) {
      return p.getRecords();
    }
  }

  /** Problems the page reported: uncaught exceptions, console errors, error log entries (CSP violations among them). */
  static List<String> errors(Chromium c) {
    List<String> errors = new ArrayList<>();
    c.events("Runtime.exceptionThrown").forEach(e -> errors.add("exception: " + e.get("exceptionDetails")));
    c.events("Runtime.consoleAPICalled").stream().filter(e -> "error".equals(e.path("type").asText()))
        .forEach(e -> errors.add("console: " + e.get("args")));
    c.events("Log.entryAdded").stream().filter(e -> "error".equals(e.path("entry").path("level").asText()))
        .forEach(e -> errors.add("log: " + e.get("entry")));
    return errors;
  }

  /** Warnings Vega and Vega-Lite printed (a spec they had to mend), since the page was opened. */
  static List<String> warnings(Chromium c) {
    return c.events("Runtime.consoleAPICalled").stream().filter(ev -> "warning".equals(ev.path("type").asText()))
        .map(ev -> ev.get("args").toString()).toList();
  }

  /** Every URL the page asked for that is not the page itself or inline data. */
  static List<String> requests(Chromium c, String page) {
    List<String> urls = new ArrayList<>();
    c.events("Network.requestWillBeSent").forEach(e -> urls.add(e.get("request").get("url").asText()));
    c.events("Network.webSocketCreated").forEach(e -> urls.add(e.get("url").asText()));
    return urls.stream().filter(u -> !u.equals(page) && !u.startsWith("data:") && !u.startsWith("blob:") && !u.equals("about:blank"))
        .toList();
  }

  /**
   * Script helpers for the charts painted on a canvas: {@code __marks(view, name)} lists the items
   * of the marks with that name in a view's scenegraph (what was drawn), and {@code __at(view, item)}
   * the point of the viewport at an item's centre, from its position in its groups.
   */
  static final String HELPERS = "window.__marks = (view, name) => { const out = [];"
      + " const walk = m => { if (m.name === name) out.push(...m.items); m.items.forEach(i => (i.items || []).forEach(walk)); };"
      + " walk(view.scenegraph().root); return out; };"
      + " window.__at = (view, item) => { let x = item.x + (item.width || 0) / 2, y = item.y + (item.height || 0) / 2;"
      + " for (let g = item.mark.group; g; g = g.mark.group) { x += g.x || 0; y += g.y || 0; }"
      + " const o = view.origin(), p = view.padding(), r = view.container().querySelector('canvas').getBoundingClientRect();"
      + " return [r.left + p.left + o[0] + x, r.top + p.top + o[1] + y]; }; true";

  static String evidence(Chromium c) throws IOException {
    return c.eval("(() => { const q = document.querySelector('#evidence figure blockquote'); return q ? q.textContent : ''; })()")
        .asText();
  }

  /**
   * Clicks the item of mark {@code name} in the canvas chart {@code chart} nearest the middle of its
   * plot (items outside a zoomed plot are clipped), and returns the evidence panel's first quote.
   */
  static String clickCanvasAndReadEvidence(Chromium c, String chart, String name) throws IOException {
    JsonNode at = c.eval("(() => { const v = annalistReport.views['" + chart + "']; v.container().scrollIntoView({block: 'center'});"
        + " const items = __marks(v, '" + name + "').filter(i => i.x >= 0 && i.x <= i.mark.group.width);"
        + " const mid = items[0].mark.group.width / 2;"
        + " const item = items.reduce((a, b) => Math.abs(b.x - mid) < Math.abs(a.x - mid) ? b : a); return __at(v, item); })()");
    c.click(at.get(0).asDouble(), at.get(1).asDouble());
    return evidence(c);
  }

  /**
   * Clicks the element matching {@code selector} nearest the middle of its chart (marks outside a
   * zoomed chart are clipped and cannot be clicked), and returns the evidence panel's first quote.
   */
  static String clickAndReadEvidence(Chromium c, String selector) throws IOException {
    JsonNode at = c.eval("(() => { const all = Array.from(document.querySelectorAll('" + selector + "'));"
        + " const box = all[0].closest('svg').getBoundingClientRect(); const mid = box.x + box.width / 2;"
        + " const dist = e => { const r = e.getBoundingClientRect(); return Math.abs(r.x + r.width / 2 - mid); };"
        + " const e = all.reduce((a, b) => dist(b) < dist(a) ? b : a); e.scrollIntoView({block: 'center'});"
        + " const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()");
    c.click(at.get(0).asDouble(), at.get(1).asDouble());
    return evidence(c);
  }

  @Test
  void reportDrawsOfflineWithOneMarkerAndOneBarPerBaseAndShowsEvidence() throws Exception {
    Path page = out.resolve("report.html");
    String url = page.toUri().toString();
    try (Chromium c = Chromium.start(browser(), WIDTH, 1000)) {
      c.open(url, "document.documentElement.getAttribute('data-report')");
      assertThat(c.eval("document.documentElement.getAttribute('data-report')").asText()).as(errors(c).toString()).isEqualTo("ready");
      double readyMs = c.eval("performance.getEntriesByName('annalist-ready')[0].startTime").asDouble();
      System.out.printf(java.util.Locale.ROOT, "report.html (seeds, %d bytes) drawn %.0f ms after navigation%n", Files.size(page),
          readyMs);

      List<CSVRecord> bases = rows("troops_per_base");
      assertThat(bases).isNotEmpty();
      long placed = bases.stream().filter(b -> !b.get("lat").isEmpty() && !b.get("lon").isEmpty()).count();
      // Vega keeps the scenegraph item, with its datum, on each SVG element it draws
      JsonNode bars = c.eval("Array.from(document.querySelectorAll('#troops .troops_marks path'), p => p.__data__.datum.base)");
      List<String> barBases = new ArrayList<>();
      bars.forEach(b -> barBases.add(b.asText()));
      assertThat(barBases).containsExactlyInAnyOrderElementsOf(bases.stream().map(b -> b.get("base")).toList());
      c.eval(HELPERS);
      JsonNode markers = c.eval("__marks(annalistReport.views.map, 'bases_marks').map(i => i.datum.base)");
      assertThat(markers.size()).isEqualTo(placed);
      assertThat(c.eval("document.querySelectorAll('#map canvas').length").asInt()).isEqualTo(1);

      String articleQuote = clickAndReadEvidence(c, "#treaties .articles_marks path");
      assertThat(rows("treaty_articles")).as(articleQuote).anyMatch(a -> a.get("text").equals(articleQuote));
      String eventQuote = clickCanvasAndReadEvidence(c, "timeline", "events_marks");
      assertThat(rows("timeline")).as(eventQuote).anyMatch(t -> t.get("event").equals(eventQuote));
      String baseQuote = clickAndReadEvidence(c, "#troops .troops_marks path");
      CSVRecord stated = rows("deployments").stream().filter(d -> d.get("sentence").equals(baseQuote)).findFirst()
          .orElseThrow(() -> new AssertionError("not a sentence of deployments.csv: " + baseQuote));
      String caption = c.eval("document.querySelector('#evidence figcaption').textContent").asText();
      assertThat(caption).contains(stated.get("doc_id"));

      byte[] png = c.screenshot(WIDTH);
      Path shot = Path.of("target", "report-seeds.png");
      Files.createDirectories(shot.getParent());
      Files.write(shot, png);

      assertThat(errors(c)).isEmpty();
      assertThat(requests(c, url)).as("requests beyond the page's own file").isEmpty();
    }
  }

  /** A Vega-Lite spec of charts/ with its data files' contents inline, as the page's loader would read them. */
  static String inlined(Path spec) throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    JsonNode root = json.readTree(spec.toFile());
    List<JsonNode> withData = new ArrayList<>();
    root.findParents("url").forEach(withData::add);
    for (JsonNode d : withData) {
      com.fasterxml.jackson.databind.node.ObjectNode data = (com.fasterxml.jackson.databind.node.ObjectNode) d;
      Path file = spec.getParent().resolve(data.remove("url").asText());
      String text = Files.readString(file, StandardCharsets.UTF_8);
      data.set("values", file.toString().endsWith(".csv") ? json.getNodeFactory().textNode(text) : json.readTree(text));
    }
    return json.writeValueAsString(root);
  }

  @Test
  void theChartSpecsDrawTheCsvFilesBesideThem() throws Exception {
    Path page = out.resolve("report.html");
    long placed = rows("troops_per_base").stream().filter(b -> !b.get("lat").isEmpty()).count();
    long places = rows("entities").stream().filter(e -> e.get("type").equals("LOCATION") && !e.get("lat").isEmpty()).count();
    long types = rows("entities").stream().map(e -> e.get("type")).distinct().count();
    // chart, marks to count, how many
    Object[][] expected = {
        {"bases_map", "path[aria-roledescription=\"circle\"]", placed + places},
        {"troops_per_base", ".troops_marks path", (long) rows("troops_per_base").size()},
        {"entities_by_type", ".types_marks path", types},
        {"timeline", ".events_marks path", (long) rows("timeline").size()},
        {"treaty_articles", ".articles_marks path", (long) rows("treaty_articles").size()}};
    try (Chromium c = Chromium.start(browser(), WIDTH, 1000)) {
      c.open(page.toUri().toString(), "document.documentElement.getAttribute('data-report')");
      assertThat(warnings(c)).as("warnings of the page").isEmpty();
      for (Object[] e : expected) {
        String spec = inlined(out.resolve("charts").resolve(e[0] + ".vl.json"));
        JsonNode n = c.eval("(async () => { const div = document.createElement('div'); document.body.appendChild(div);"
            + " const view = new vega.View(vega.parse(vegaLite.compile(" + spec + ").spec), {renderer: 'svg', container: div});"
            + " await view.runAsync(); const n = div.querySelectorAll('" + e[1] + "').length; div.remove(); return n; })()");
        assertThat(n.asLong()).as((String) e[0]).isEqualTo((Long) e[2]);
        assertThat(warnings(c)).as("Vega and Vega-Lite warnings about " + e[0]).isEmpty();
      }
      assertThat(errors(c)).isEmpty();
    }
  }
}
