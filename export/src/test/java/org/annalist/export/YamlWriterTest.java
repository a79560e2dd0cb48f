package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.annalist.model.WriteOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlWriterTest {
  @Test
  @SuppressWarnings("unchecked")
  void hostileStringsAndTypesRoundTrip(@TempDir Path dir) throws IOException {
    new YamlWriter().write(SampleData.dataset(), dir, WriteOptions.defaults());
    Map<String, Object> doc = new ObjectMapper(new YAMLFactory()).readValue(dir.resolve("dataset.yaml").toFile(), Map.class);
    List<Map<String, Object>> rows = (List<Map<String, Object>>) doc.get("things");
    for (int i = 0; i < SampleData.HOSTILE.size(); i++) {
      assertThat(rows.get(i).get("text")).as("row %d", i).isEqualTo(SampleData.HOSTILE.get(i));
      assertThat(((Number) rows.get(i).get("troops")).longValue()).isEqualTo(i * 1000L);
      assertThat(rows.get(i).get("flag")).isEqualTo(i % 2 == 0);
    }
    assertThat(rows.get(1).get("day")).isEqualTo("1939-10-02");
    assertThat(rows.get(rows.size() - 1).get("text")).isNull();
    assertThat(doc.keySet()).containsExactly("things", "troops_per_base", "timeline");
  }

  @Test
  void sameDatasetSameBytes(@TempDir Path a, @TempDir Path b) throws IOException {
    new YamlWriter().write(SampleData.dataset(), a, WriteOptions.defaults());
    new YamlWriter().write(SampleData.dataset(), b, WriteOptions.defaults());
    assertThat(Files.readAllBytes(a.resolve("dataset.yaml"))).isEqualTo(Files.readAllBytes(b.resolve("dataset.yaml")));
  }
}
