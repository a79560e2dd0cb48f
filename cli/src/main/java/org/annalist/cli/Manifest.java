package org.annalist.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.model.Dataset;
import org.annalist.pipeline.BatchRun;

/**
 * {@code manifest.json} of an embedded run ({@link org.annalist.export.Manifest} writes it): the
 * files of the output folder and the run's durations.
 */
final class Manifest {
  private Manifest() { }

  static void write(Path dir, Dataset ds, Map<String, String> checksums, BatchRun.Summary done, Map<String, String> options,
      Duration extract, Map<String, Long> writeMillis) throws IOException {
    List<String> files = new ArrayList<>();
    try (var list = Files.list(dir)) {
      for (Path f : list.filter(Files::isRegularFile).map(Path::getFileName).sorted().toList()) {
        files.add(f.toString());
      }
    }
    files.add("manifest.json");
    Map<String, Object> durations = new LinkedHashMap<>();
    durations.put("extract_and_transform_ms", extract.toMillis());
    durations.put("write_ms", writeMillis);
    try (OutputStream os = Files.newOutputStream(dir.resolve("manifest.json"))) {
      org.annalist.export.Manifest.write(os, ds, new org.annalist.export.Manifest.Run(Annalist.version(), Map.of(),
          options, checksums, done.documents(), done.errors(), files, durations));
    }
  }
}
