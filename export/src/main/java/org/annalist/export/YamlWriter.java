package org.annalist.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.model.Dataset;
import org.annalist.model.DatasetWriter;
import org.annalist.model.Table;
import org.annalist.model.WriteOptions;

/**
 * All tables in one {@code dataset.yaml}: a mapping from table name to a list of rows, each row a
 * mapping in column order. Numbers and booleans are YAML scalars of their type; dates are ISO strings;
 * empty cells are {@code null}.
 */
public final class YamlWriter implements DatasetWriter {
  @Override
  public String format() {
    return "yaml";
  }

  @Override
  public String description() {
    return "all tables in dataset.yaml";
  }

  static ObjectMapper mapper() {
    YAMLFactory f = YAMLFactory.builder()
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .build();
    return new ObjectMapper(f).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  @Override
  public void write(Dataset dataset, Path dir, WriteOptions options) throws IOException {
    Map<String, Object> doc = new LinkedHashMap<>();
    for (Table t : dataset.tables()) {
      doc.put(t.name(), rows(t));
    }
    try (OutputStream os = Files.newOutputStream(dir.resolve("dataset.yaml"))) {
      mapper().writeValue(os, doc);
    }
  }

  static List<Map<String, Object>> rows(Table t) {
    List<Map<String, Object>> rows = new ArrayList<>(t.rows().size());
    for (List<Object> r : t.rows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < r.size(); i++) {
        Object v = r.get(i);
        m.put(t.columns().get(i).name(), v instanceof java.time.LocalDate ? v.toString() : v);
      }
      rows.add(m);
    }
    return rows;
  }
}
