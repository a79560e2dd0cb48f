package org.annalist.spark;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.annalist.model.Dataset;
import org.annalist.model.RowCursor;
import org.annalist.model.Table;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * {@code manifest.json} of a Spark job, with the embedded run's fields (Annalist version, options,
 * checksums of the models and data files, every input's SHA-256, rows per table, files, durations)
 * and the Spark version and master that ran it. The only output that holds times; the tables never
 * do. Written streaming: the inputs' checksums come from the documents table a partition at a time.
 */
final class JobManifest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the job did, for the manifest. */
  record Run(String sparkVersion, String master, Map<String, String> options, Map<String, String> checksums,
      long documents, long errors, Map<String, Long> millis) { }

  private JobManifest() { }

  static void write(FileSystem fs, Path dir, Dataset ds, Run run) throws IOException {
    List<String> files = files(fs, dir);
    try (OutputStream os = fs.create(new Path(dir, "manifest.json"), false);
        JsonGenerator g = JSON.getFactory().createGenerator(os)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeStringField("annalist_version", version());
      g.writeStringField("runner", "spark");
      g.writeStringField("spark_version", run.sparkVersion());
      g.writeStringField("spark_master", run.master());
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
      g.writeArrayFieldStart("files");
      for (String f : files) {
        g.writeString(f);
      }
      g.writeEndArray();
      g.writeFieldName("durations_ms");
      JSON.writeValue(g, run.millis());
      g.writeEndObject();
    }
  }

  /** The output's files (Parquet tables as their folders), sorted, and the manifest itself. */
  private static List<String> files(FileSystem fs, Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    for (FileStatus s : fs.listStatus(dir)) {
      if (s.isFile()) {
        out.add(s.getPath().getName());
      } else if (s.getPath().getName().equals(AnnalistSparkJob.PARQUET)) {
        for (FileStatus t : fs.listStatus(s.getPath())) {
          out.add(AnnalistSparkJob.PARQUET + "/" + t.getPath().getName() + "/");
        }
      }
    }
    out.add("manifest.json");
    return out.stream().sorted().toList();
  }

  /** The Annalist version of this build. */
  static String version() {
    try (InputStream in = JobManifest.class.getResourceAsStream("annalist.properties")) {
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
