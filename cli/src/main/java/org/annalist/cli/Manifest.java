package org.annalist.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.annalist.model.Dataset;
import org.annalist.model.RowCursor;
import org.annalist.model.Table;
import org.annalist.pipeline.BatchRun;

/**
 * {@code manifest.json}: what produced this output (Annalist version, options, checksums of the
 * models and data files, every input's SHA-256), how big it is (rows per table, files written) and
 * how long it took. The only output that holds times; the tables never do. Written streaming, so an
 * archive's million inputs do not have to fit in memory.
 */
final class Manifest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Manifest() { }

  static void write(Path dir, Dataset ds, Map<String, String> checksums, BatchRun.Summary done, Map<String, String> options,
      Duration extract, Map<String, Long> writeMillis) throws IOException {
    try (OutputStream os = Files.newOutputStream(dir.resolve("manifest.json"));
        JsonGenerator g = JSON.getFactory().createGenerator(os)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeStringField("annalist_version", Annalist.version());
      g.writeFieldName("options");
      JSON.writeValue(g, options);
      g.writeFieldName("models_and_data_sha256");
      JSON.writeValue(g, checksums);
      g.writeObjectFieldStart("inputs_sha256");
      Table docs = ds.table("documents").orElseThrow();
      int p = docs.columnIndex("path");
      int s = docs.columnIndex("sha256");
      try (RowCursor c = docs.open()) {
        while (c.hasNext()) {
          List<Object> row = c.next();
          g.writeStringField((String) row.get(p), (String) row.get(s));
        }
      }
      g.writeEndObject();
      g.writeObjectFieldStart("rows");
      for (Table t : ds.tables()) {
        g.writeNumberField(t.name(), t.size());
      }
      g.writeEndObject();
      g.writeNumberField("documents", done.documents());
      g.writeNumberField("errors", done.errors());
      g.writeNumberField("extracted", done.extracted());
      g.writeArrayFieldStart("files");
      for (String f : files(dir)) {
        g.writeString(f);
      }
      g.writeString("manifest.json");
      g.writeEndArray();
      g.writeObjectFieldStart("durations");
      g.writeNumberField("extract_and_transform_ms", extract.toMillis());
      g.writeFieldName("write_ms");
      JSON.writeValue(g, writeMillis);
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  /**
   * The files written, subfolders included (charts/...), as paths relative to the output folder
   * with '/' separators, sorted; hidden files and folders (the run's working store) are not output.
   */
  static List<String> files(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .map(dir::relativize)
          .filter(p -> java.util.stream.StreamSupport.stream(p.spliterator(), false).noneMatch(n -> n.toString().startsWith(".")))
          .map(p -> java.util.stream.StreamSupport.stream(p.spliterator(), false).map(Path::toString)
              .collect(java.util.stream.Collectors.joining("/")))
          .filter(f -> !f.equals("manifest.json"))
          .sorted()
          .toList();
    }
  }
}
