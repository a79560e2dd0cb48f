package org.annalist.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.annalist.model.Dataset;
import org.annalist.model.DatasetWriter;
import org.annalist.model.RowCursor;
import org.annalist.model.Table;
import org.annalist.model.WriteOptions;

/**
 * All tables in one {@code dataset.yaml}: a mapping from table name to a list of rows, each row a
 * mapping in column order. Numbers and booleans are YAML scalars of their type; dates are ISO strings;
 * empty cells are {@code null}. Rows are streamed to the file one at a time.
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
    ObjectMapper mapper = mapper();
    try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(dir.resolve("dataset.yaml")), 1 << 16);
        JsonGenerator g = mapper.getFactory().createGenerator(os)) {
      g.writeStartObject();
      for (Table t : dataset.tables()) {
        g.writeFieldName(t.name());
        g.writeStartArray();
        forEachRecord(t, row -> {
          try {
            mapper.writeValue(g, row);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
        g.writeEndArray();
      }
      g.writeEndObject();
    }
  }

  /** Every row of {@code t} as a mapping from column name to value (dates as ISO text), in order. */
  static void forEachRecord(Table t, Consumer<Map<String, Object>> action) throws IOException {
    List<String> names = t.header();
    try (RowCursor rows = t.open()) {
      while (rows.hasNext()) {
        List<Object> r = rows.next();
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < r.size(); i++) {
          Object v = r.get(i);
          m.put(names.get(i), v instanceof java.time.LocalDate ? v.toString() : v);
        }
        action.accept(m);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
