package org.annalist.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.annalist.extract.dates.SlashOrder;
import org.annalist.pipeline.DocumentPipeline;
import org.apache.spark.SparkFiles;

/**
 * What changes extraction, in a form that travels to the executors ({@link DocumentPipeline.Options}
 * holds {@link Path}s, which do not serialize). Gazetteer files are shipped with
 * {@code SparkContext.addFile} by the driver and found again on every machine by their file name.
 *
 * @param gazetteers    users' gazetteer files as given (local paths or Hadoop URIs), loaded after the bundled data
 * @param referenceDate YYYY-MM-DD whose year dates month-days in documents that state none; "" for none,
 *                      as {@code annalist run --reference-date}
 * @param slashOrder    how to read numeric dates such as 10/02/1939
 */
record PipelineSettings(List<String> gazetteers, String referenceDate, SlashOrder slashOrder) implements Serializable {
  PipelineSettings {
    gazetteers = List.copyOf(gazetteers);
    Objects.requireNonNull(referenceDate, "referenceDate");
    Objects.requireNonNull(slashOrder, "slashOrder");
    if (!referenceDate.isEmpty()) {
      try {
        LocalDate.parse(referenceDate);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("reference date must be YYYY-MM-DD, got '" + referenceDate + "'");
      }
    }
  }

  static PipelineSettings defaults() {
    return new PipelineSettings(List.of(), "", SlashOrder.MONTH_FIRST);
  }

  OptionalInt referenceYear() {
    return referenceDate.isEmpty() ? OptionalInt.empty() : OptionalInt.of(LocalDate.parse(referenceDate).getYear());
  }

  /** The pipeline's options on this machine: gazetteers from the files Spark shipped here. */
  DocumentPipeline.Options options() {
    List<Path> local = gazetteers.stream().map(g -> Path.of(SparkFiles.get(fileName(g)))).toList();
    return new DocumentPipeline.Options(local, referenceYear(), slashOrder);
  }

  /** The name a shipped file is found by: the last segment of its path or URI. */
  static String fileName(String pathOrUri) {
    return new org.apache.hadoop.fs.Path(pathOrUri).getName();
  }
}
