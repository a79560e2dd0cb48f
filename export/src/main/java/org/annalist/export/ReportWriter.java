package org.annalist.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Dataset;
import org.annalist.model.DatasetWriter;
import org.annalist.model.WriteOptions;

/**
 * {@code report.html}: one page a person opens to see what a run found (a map of the bases and
 * places, troops per base, entities by type, the timeline, treaty articles per treaty), each mark
 * linked to the sentence and document it came from. The page is self-contained and works offline:
 * the charting library (Vega and Vega-Lite), the country outlines (Natural Earth, from world-atlas)
 * and the data are inline, the licences of the bundled code in a comment, and its Content Security
 * Policy forbids any request. What it shows is summarized and capped by {@link ReportData}, so a
 * large run's page stays small enough to open in a moment.
 */
public final class ReportWriter implements DatasetWriter {
  private static final String DIR = "/org/annalist/export/";
  private static final Pattern SLOT = Pattern.compile("\\{\\{([A-Z_]+)}}");

  @Override
  public String format() {
    return "report";
  }

  @Override
  public String description() {
    return "report.html: one offline page with a map, charts and a timeline, each mark linked to its evidence";
  }

  @Override
  public void write(Dataset dataset, Path dir, WriteOptions options) throws IOException {
    Map<String, Object> data = ReportData.of(dataset);
    Map<?, ?> summary = (Map<?, ?>) data.get("summary");
    String title = String.format(Locale.ROOT, "Annalist report: %s document%s", summary.get("documents"),
        Long.valueOf(1).equals(summary.get("documents")) ? "" : "s");
    String template = resource("report/report.html");
    try (OutputStream os = Files.newOutputStream(dir.resolve("report.html"));
        Writer w = new java.io.BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
      Matcher m = SLOT.matcher(template);
      int at = 0;
      while (m.find()) {
        w.write(template, at, m.start() - at);
        switch (m.group(1)) {
          case "TITLE" -> w.write(Cells.html(title));
          case "LICENSES" -> w.write(comment(resource("report/vendor/LICENSES.txt")));
          case "STYLE" -> w.write(resource("report/report.css"));
          case "DATA" -> w.write(scriptJson(new ObjectMapper().writeValueAsString(data)));
          case "WORLD" -> w.write(scriptJson(resource("report/vendor/countries-110m.json")));
          case "VEGA" -> w.write(script(resource("report/vendor/vega.min.js")));
          case "VEGA_LITE" -> w.write(script(resource("report/vendor/vega-lite.min.js")));
          case "SCRIPT" -> w.write(script(resource("report/report.js")));
          default -> throw new IllegalStateException("report.html has an unknown slot " + m.group());
        }
        at = m.end();
      }
      w.write(template, at, template.length() - at);
    }
  }

  /** A text resource of the export module, by its path under org/annalist/export/. */
  static String resource(String name) throws IOException {
    try (InputStream in = ReportWriter.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IOException("missing resource " + DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** JSON inside a script element: '<' escaped, so that no "</script" in the data can end the element. */
  static String scriptJson(String json) {
    return json.replace("<", "\\u003c");
  }

  /** Script text; a bundled script that could end its element early is refused rather than broken. */
  private static String script(String js) throws IOException {
    if (js.toLowerCase(Locale.ROOT).contains("</script")) {
      throw new IOException("a bundled script contains </script and cannot be inlined");
    }
    return js;
  }

  private static String comment(String text) {
    return text.replace("--", "- -");
  }
}
