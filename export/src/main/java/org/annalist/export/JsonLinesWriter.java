package org.annalist.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.model.Dataset;
import org.annalist.model.DatasetWriter;
import org.annalist.model.Table;
import org.annalist.model.WriteOptions;

/** Every table as {@code <table>.jsonl}: one JSON object per row, keys in column order, LF line ends. */
public final class JsonLinesWriter implements DatasetWriter {
  private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  @Override
  public String format() {
    return "jsonl";
  }

  @Override
  public String description() {
    return "one JSON Lines file per table (<table>.jsonl)";
  }

  @Override
  public void write(Dataset dataset, Path dir, WriteOptions options) throws IOException {
    for (Table t : dataset.tables()) {
      try (Writer w = new BufferedWriter(new OutputStreamWriter(
          Files.newOutputStream(dir.resolve(t.name() + ".jsonl")), StandardCharsets.UTF_8), 1 << 16)) {
        YamlWriter.forEachRecord(t, row -> {
          try {
            w.write(JSON.writeValueAsString(row));
            w.write('\n');
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
      }
    }
  }
}
