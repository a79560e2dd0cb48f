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
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.annalist.model.Dataset;
import org.annalist.pipeline.BatchRun;

/**
 * The command line's {@code manifest.json}, written by the manifest writer both runners share
 * ({@link org.annalist.export.Manifest}), with the files of the output folder (subfolders included)
 * and the run's durations.
 */
final class Manifest {
  private Manifest() { }

  static void write(Path dir, Dataset ds, Map<String, String> checksums, BatchRun.Summary done, Map<String, String> options,
      Duration extract, Map<String, Long> writeMillis) throws IOException {
    List<String> files = new ArrayList<>(files(dir));
    files.add("manifest.json");
    Map<String, Object> durations = new LinkedHashMap<>();
    durations.put("extract_and_transform_ms", extract.toMillis());
    durations.put("write_ms", writeMillis);
    try (OutputStream os = Files.newOutputStream(dir.resolve("manifest.json"))) {
      org.annalist.export.Manifest.write(os, ds, new org.annalist.export.Manifest.Run(Annalist.version(), Map.of(),
          options, checksums, done.documents(), done.errors(), done.extracted(), files, durations));
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
          .filter(p -> StreamSupport.stream(p.spliterator(), false).noneMatch(n -> n.toString().startsWith(".")))
          .map(p -> StreamSupport.stream(p.spliterator(), false).map(Path::toString).collect(Collectors.joining("/")))
          .filter(f -> !f.equals("manifest.json"))
          .sorted()
          .toList();
    }
  }
}
