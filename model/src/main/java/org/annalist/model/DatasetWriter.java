package org.annalist.model;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a dataset in one format. Implementations are found with {@link java.util.ServiceLoader}:
 * a new format is one class plus one line in
 * {@code META-INF/services/org.annalist.model.DatasetWriter}. No code anywhere switches on format.
 *
 * <p>Contract: {@link #write} creates its files inside {@code dir} (which exists and is empty of
 * this writer's files), writes them completely or throws, and produces byte-identical output for
 * equal datasets and options. It never reads the clock, default charset or default locale.
 */
public interface DatasetWriter {
  /** Short name used by {@code --formats}, e.g. "csv", "xlsx", "yaml". */
  String format();

  /** One line for {@code --help}. */
  String description();

  void write(Dataset dataset, Path dir, WriteOptions options) throws IOException;
}
