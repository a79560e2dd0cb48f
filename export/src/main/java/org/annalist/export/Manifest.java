package org.annalist.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.annalist.model.Dataset;
import org.annalist.model.RowCursor;
import org.annalist.model.Table;

/**
 * {@code manifest.json}: what produced an output (Annalist version, the engine, options, checksums of
 * the models and data files, every input's SHA-256), how big it is (rows per table, files written)
 * and how long it took. The only output that holds times; the tables never do. Both runners write
 * it (the command line and the Spark job), each to its own file system, so it is written to a stream,
 * and streaming: an archive's million inputs do not have to fit in memory.
 */
public final class Manifest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What a run says about itself besides its tables.
   *
   * @param version   the Annalist version ({@link #version})
   * @param engine    fields that name the engine, written after the version (none for the command line)
   * @param options   the options that change the output
   * @param checksums SHA-256 of the models and data files, by name
   * @param documents documents processed
   * @param errors    inputs that failed
   * @param extracted documents extracted in this run (the others came from the incremental cache)
   * @param files     the output's files, as listed
   * @param durations how long the steps took (milliseconds, possibly nested by step)
   */
  public record Run(String version, Map<String, String> engine, Map<String, String> options, Map<String, String> checksums,
      long documents, long errors, long extracted, List<String> files, Map<String, Object> durations) {
    public Run {
      engine = Map.copyOf(engine);
      files = List.copyOf(files);
    }
  }

  private Manifest() { }

  public static void write(OutputStream os, Dataset ds, Run run) throws IOException {
    try (JsonGenerator g = JSON.getFactory().createGenerator(os)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeStringField("annalist_version", run.version());
      for (Map.Entry<String, String> e : new java.util.TreeMap<>(run.engine()).entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeFieldName("options");
      JSON.writeValue(g, run.options());
      g.writeFieldName("models_and_data_sha256");
      JSON.writeValue(g, run.checksums());
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
      g.writeNumberField("documents", run.documents());
      g.writeNumberField("errors", run.errors());
      g.writeNumberField("extracted", run.extracted());
      g.writeArrayFieldStart("files");
      for (String f : run.files()) {
        g.writeString(f);
      }
      g.writeEndArray();
      g.writeFieldName("durations");
      JSON.writeValue(g, run.durations());
      g.writeEndObject();
    }
  }

  /** The Annalist version of the build, from {@code annalist.properties} beside {@code anchor} (filtered by Maven). */
  public static String version(Class<?> anchor) {
    try (InputStream in = anchor.getResourceAsStream("annalist.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
