package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annalist.extract.nlp.NlpModels;
import org.annalist.model.Dataset;
import org.annalist.model.Table;

/**
 * {@code manifest.json}: what produced this output (Annalist version, options, checksums of the
 * models and data files, every input's SHA-256), how big it is (rows per table) and how long it took.
 * The only output that holds times; the tables never do.
 */
final class Manifest {
  private Manifest() { }

  static void write(Path dir, Dataset ds, RunPipeline.Result r, Map<String, String> options, Duration extract,
      Map<String, Long> writeMillis) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("annalist_version", Annalist.version());
    m.put("options", options);
    Map<String, String> data = new TreeMap<>(r.gazetteer().checksums());
    for (String res : List.of(NlpModels.SENTENCE_MODEL, NlpModels.TOKEN_MODEL, NlpModels.POS_MODEL, NlpModels.NAME_MODEL)) {
      data.put("model" + res.substring(res.lastIndexOf('/')), resourceSha(res));
    }
    m.put("models_and_data_sha256", data);
    Map<String, String> inputs = new TreeMap<>();
    ds.table("documents").ifPresent(t -> {
      int p = t.columnIndex("path");
      int s = t.columnIndex("sha256");
      for (List<Object> row : t.rows()) {
        inputs.put((String) row.get(p), (String) row.get(s));
      }
    });
    m.put("inputs_sha256", inputs);
    Map<String, Integer> rows = new LinkedHashMap<>();
    for (Table t : ds.tables()) {
      rows.put(t.name(), t.rows().size());
    }
    m.put("rows", rows);
    m.put("errors", r.errors().size());
    Map<String, Object> durations = new LinkedHashMap<>();
    durations.put("extract_and_transform_ms", extract.toMillis());
    durations.put("write_ms", writeMillis);
    m.put("durations", durations);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("manifest.json").toFile(), m);
  }

  private static String resourceSha(String res) throws IOException {
    try (InputStream in = NlpModels.class.getResourceAsStream(res)) {
      if (in == null) {
        return "missing";
      }
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(in.readAllBytes());
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
