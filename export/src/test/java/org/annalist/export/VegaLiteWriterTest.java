package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.model.WriteOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VegaLiteWriterTest {
  /** Every "field" a spec names, with the data url of the view it is in. */
  private static void fields(JsonNode n, String url, List<String[]> out) {
    if (n.isObject()) {
      String here = n.path("data").path("url").asText(url);
      if (n.has("field") && n.get("field").isTextual()) {
        out.add(new String[] {here, n.get("field").asText()});
      }
      n.fields().forEachRemaining(e -> {
        if (!e.getKey().equals("data")) {
          fields(e.getValue(), here, out);
        }
      });
    } else if (n.isArray()) {
      n.forEach(c -> fields(c, url, out));
    }
  }

  @Test
  void specsReadTheCsvFilesBesideThemByTheirColumns(@TempDir Path dir) throws Exception {
    new CsvWriter().write(VisualDatasets.dataset(), dir, WriteOptions.defaults());
    new VegaLiteWriter().write(VisualDatasets.dataset(), dir, WriteOptions.defaults());
    ObjectMapper json = new ObjectMapper();
    // names a spec makes itself (aggregates, windows) rather than reads from its file
    Set<String> derived = Set.of("entities", "mentions", "rank");
    for (String chart : VegaLiteWriter.CHARTS) {
      Path file = dir.resolve("charts").resolve(chart + ".vl.json");
      JsonNode spec = json.readTree(file.toFile());
      assertThat(spec.get("$schema").asText()).endsWith("/vega-lite/v6.json");
      List<String[]> used = new ArrayList<>();
      fields(spec, null, used);
      assertThat(used).as(chart).isNotEmpty();
      for (String[] u : used) {
        assertThat(u[0]).as(chart + " field " + u[1] + " has data").isNotNull();
        Path data = file.getParent().resolve(u[0]).normalize();
        assertThat(data).as(chart).exists();
        if (u[0].endsWith(".csv") && !derived.contains(u[1])) {
          try (BufferedReader r = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            assertThat(List.of(r.readLine().split(","))).as(chart + " reads " + u[0]).contains(u[1]);
          }
        }
      }
    }
    assertThat(dir.resolve("charts/countries-110m.json")).exists();
  }

  @Test
  void theMapIsFittedToTheBasesWithCoordinates(@TempDir Path dir) throws Exception {
    new VegaLiteWriter().write(VisualDatasets.dataset(), dir, WriteOptions.defaults());
    JsonNode fit = new ObjectMapper().readTree(dir.resolve("charts/bases_map.vl.json").toFile()).get("projection").get("fit");
    JsonNode corners = fit.get("geometry").get("coordinates");
    // one base has coordinates (57.5 N, 21.5 E): the view is centred on it, at least 14 by 7 degrees
    assertThat(corners.get(0).get(0).asDouble()).isEqualTo(21.5 - 7);
    assertThat(corners.get(1).get(0).asDouble()).isEqualTo(21.5 + 7);
    assertThat(corners.get(0).get(1).asDouble()).isEqualTo(57.5 - 3.5);
  }
}
