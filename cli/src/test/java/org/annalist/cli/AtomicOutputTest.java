package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that fails while writing leaves the previous output as it was, and no half-written folder. */
class AtomicOutputTest {
  @AfterEach
  void reset() {
    System.clearProperty(FailingWriter.SWITCH);
  }

  @Test
  void aFailedWriteKeepsThePreviousOutput(@TempDir Path dir) throws IOException {
    Path doc = dir.resolve("a.txt");
    Files.writeString(doc, "In 1926 the regime changed in Kaunas.\n");
    Path out = dir.resolve("out");
    assertThat(Cli.run("run", doc.toString(), "--out", out.toString(), "-q", "--formats", "csv").code()).isZero();
    String before = Files.readString(out.resolve("dates.csv"));

    Files.writeString(doc, "On June 15, 1940, the army entered Riga.\n");
    System.setProperty(FailingWriter.SWITCH, "true");
    Cli.Result r = Cli.run("run", doc.toString(), "--out", out.toString(), "-q", "--formats", "csv,failing");
    assertThat(r.code()).isEqualTo(Annalist.OUTPUT_FAILED);
    assertThat(r.err()).contains("disk full").contains("previous output left as it was");
    assertThat(Files.readString(out.resolve("dates.csv"))).isEqualTo(before);
    assertThat(out.resolve("partial.txt")).doesNotExist();
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.txt", "out");
    }

    System.clearProperty(FailingWriter.SWITCH);
    assertThat(Cli.run("run", doc.toString(), "--out", out.toString(), "-q", "--formats", "csv").code()).isZero();
    assertThat(Files.readString(out.resolve("dates.csv"))).contains("1940-06-15");
  }
}
