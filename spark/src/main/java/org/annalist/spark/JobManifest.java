package org.annalist.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.export.Manifest;
import org.annalist.model.Dataset;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * {@code manifest.json} of a Spark job: the embedded run's manifest ({@link Manifest}), with the Spark
 * version and master that ran it, the output's files (Parquet tables as their folders) and the
 * steps' durations. The inputs' checksums stream from the documents table a partition at a time.
 */
final class JobManifest {
  private JobManifest() { }

  static void write(FileSystem fs, Path dir, Dataset ds, SparkInfo spark, Map<String, String> options,
      Map<String, String> checksums, long documents, long errors, Map<String, Long> millis) throws IOException {
    Map<String, String> engine = new LinkedHashMap<>();
    engine.put("engine", "spark");
    engine.put("spark_version", spark.version());
    engine.put("spark_master", spark.master());
    Manifest.Run run = new Manifest.Run(Manifest.version(JobManifest.class), engine, options, checksums, documents, errors, documents,
        files(fs, dir), new LinkedHashMap<>(millis));
    try (OutputStream os = fs.create(new Path(dir, "manifest.json"), false)) {
      Manifest.write(os, ds, run);
    }
  }

  /** Which Spark ran the job. */
  record SparkInfo(String version, String master) { }

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
}
