package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.WriteOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
  static JsonNode data(String page) throws Exception {
    Matcher m = Pattern.compile("<script type=\"application/json\" id=\"annalist-data\">(.*?)</script>", Pattern.DOTALL).matcher(page);
    assertThat(m.find()).isTrue();
    return new ObjectMapper().readTree(m.group(1));
  }

  @Test
  void thePageIsSelfContainedAndForbidsRequests(@TempDir Path dir) throws Exception {
    new ReportWriter().write(VisualDatasets.dataset(), dir, WriteOptions.defaults());
    String page = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(page).contains("Content-Security-Policy\" content=\"default-src 'none';");
    // nothing loaded from elsewhere: no script, style, image or frame with a source, no link element
    assertThat(page).doesNotContainPattern("<(script|img|iframe|link|source|audio|video)[^>]*\\s(src|href)=");
    assertThat(page).doesNotContain("@import").doesNotContain("@font-face");
    assertThat(page).contains("vega-lite@6.5.0 (BSD-3-Clause)").contains("world-atlas@2.0.2 (ISC)").contains("Natural Earth");
    assertThat(page).doesNotContain("{{");
  }

  @Test
  void marksCarryTheirEvidenceWithTheDocument(@TempDir Path dir) throws Exception {
    new ReportWriter().write(VisualDatasets.dataset(), dir, WriteOptions.defaults());
    String page = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    JsonNode d = data(page);
    JsonNode evidence = d.get("evidence");
    JsonNode base = d.get("bars").get(0);
    assertThat(base.get("base").asText()).isEqualTo("Eskerby");
    JsonNode ev = evidence.get(base.get("ev").get(0).asInt());
    assertThat(ev.get("text").asText()).isEqualTo(VisualDatasets.S1);
    assertThat(ev.get("doc").asText()).isEqualTo("a");
    assertThat(d.get("documents").get("a").get("title").asText()).isEqualTo("Letters from Eskerby");
    assertThat(d.get("mapBases")).hasSize(1);
    assertThat(d.get("bars")).hasSize(2);
    JsonNode article = d.get("articles").get(1);
    assertThat(evidence.get(article.get("ev").get(0).asInt()).get("text").asText()).isEqualTo("The garrison stays <five> years & no more.");
    JsonNode event = d.get("events").get(0);
    assertThat(evidence.get(event.get("ev").get(0).asInt()).get("mark").asText()).isEqualTo("3 May 1921");
    // '<' in the data cannot close the script element that holds it
    assertThat(page).contains("\\u003cfive>").doesNotContain("<five>");
    assertThat(d.get("years").toString()).isEqualTo("[{\"year\":1921,\"events\":1},{\"year\":1922,\"events\":1},"
        + "{\"year\":1930,\"events\":1},{\"year\":1931,\"events\":1}]");
  }

  @Test
  void twoWritesOfTheSameDatasetAreIdentical(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    new ReportWriter().write(VisualDatasets.dataset(), dir.resolve("a"), WriteOptions.defaults());
    new ReportWriter().write(VisualDatasets.dataset(), dir.resolve("b"), WriteOptions.defaults());
    assertThat(Files.readAllBytes(dir.resolve("a/report.html"))).isEqualTo(Files.readAllBytes(dir.resolve("b/report.html")));
  }
}
