package org.annalist.spark;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The job's output folder on any Hadoop file system (local, HDFS, S3...): everything is written into
 * a staging folder beside the target ({@code .<name>.partial}) and swapped in only when complete, so a
 * failed job leaves the previous output as it was, as the embedded run does. On object stores a
 * rename is a copy; the swap then costs a copy of the output.
 */
final class OutputFolder {
  private final FileSystem fs;
  private final Path target;
  private final Path staging;

  private OutputFolder(FileSystem fs, Path target, Path staging) {
    this.fs = fs;
    this.target = target;
    this.staging = staging;
  }

  /** A fresh staging folder for {@code target} (a leftover of a failed job is deleted). */
  static OutputFolder create(String target, Configuration conf) throws IOException {
    Path t = new Path(target);
    FileSystem fs = t.getFileSystem(conf);
    t = fs.makeQualified(t);
    if (fs.exists(t) && !fs.getFileStatus(t).isDirectory()) {
      throw new IOException("--out " + target + " is a file, not a folder");
    }
    Path staging = new Path(t.getParent(), "." + t.getName() + ".partial");
    fs.delete(staging, true);
    fs.mkdirs(staging);
    return new OutputFolder(fs, t, staging);
  }

  FileSystem fs() {
    return fs;
  }

  /** The folder to write into, as a Hadoop URI string. */
  Path staging() {
    return staging;
  }

  Path target() {
    return target;
  }

  /** Replaces the target with the staging folder. */
  void commit() throws IOException {
    Path old = new Path(target.getParent(), "." + target.getName() + ".old");
    fs.delete(old, true);
    if (fs.exists(target) && !fs.rename(target, old)) {
      throw new IOException("cannot move the previous output " + target + " aside");
    }
    if (!fs.rename(staging, target)) {
      throw new IOException("cannot move " + staging + " to " + target);
    }
    fs.delete(old, true);
  }

  /** Deletes the staging folder of a job that failed. */
  void abandon() {
    try {
      fs.delete(staging, true);
    } catch (IOException e) {
      // best effort: a leftover staging folder is hidden and deleted by the next job
    }
  }
}
