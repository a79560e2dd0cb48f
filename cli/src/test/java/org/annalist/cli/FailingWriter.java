package org.annalist.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.model.Dataset;
import org.annalist.model.DatasetWriter;
import org.annalist.model.WriteOptions;

/** A writer that fails half-way when the test asks it to: for the atomic-output test. */
public final class FailingWriter implements DatasetWriter {
  static final String SWITCH = "annalist.test.failWriter";

  @Override
  public String format() {
    return "failing";
  }

  @Override
  public String description() {
    return "test writer";
  }

  @Override
  public void write(Dataset dataset, Path dir, WriteOptions options) throws IOException {
    Files.writeString(dir.resolve("partial.txt"), "half");
    if (Boolean.getBoolean(SWITCH)) {
      throw new IOException("disk full (simulated)");
    }
  }
}
