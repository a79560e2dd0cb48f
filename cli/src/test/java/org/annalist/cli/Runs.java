package org.annalist.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.annalist.cli.io.OutputFolder;
import org.annalist.extract.dates.SlashOrder;
import org.annalist.model.Dataset;
import org.annalist.model.Table;
import org.annalist.pipeline.DocumentPipeline;

/** The embedded run for tests, with its tables copied into memory so they outlive the store. */
final class Runs {
  private Runs() { }

  static Dataset dataset(List<Path> inputs) throws IOException {
    Path work = Files.createTempDirectory("annalist-test-");
    try (EmbeddedRun r = EmbeddedRun.run(new EmbeddedRun.Options(inputs,
        new DocumentPipeline.Options(List.of(), OptionalInt.empty(), SlashOrder.MONTH_FIRST), 2, 128L << 20, false),
        work, new PrintStream(PrintStream.nullOutputStream()))) {
      Dataset ds = r.dataset();
      return new Dataset(ds.tables().stream().map(t -> {
        try {
          return Table.of(t.schema(), t.readAll());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList(), ds.foreignKeys(), ds.metadata());
    } finally {
      OutputFolder.deleteQuietly(work);
    }
  }
}
