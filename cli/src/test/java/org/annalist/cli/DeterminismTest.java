package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {
  @Test
  void twoRunsGiveByteIdenticalTablesNetworkTimelineAndReport(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertThat(Cli.run("run", Cli.SEEDS.toString(), "--out", a.toString(), "-q", "--threads", "1").code()).isZero();
    assertThat(Cli.run("run", Cli.SEEDS.toString(), "--out", b.toString(), "-q", "--threads", "2").code()).isZero();
    List<Path> files;
    try (Stream<Path> s = Files.list(a)) {
      files = s.filter(p -> p.toString().matches(".*\\.(csv|yaml|jsonl|gexf|html|timelinejs\\.json|geojson)$")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    for (Path f : files) {
      assertThat(Files.readAllBytes(b.resolve(f.getFileName()))).as(f.getFileName().toString()).isEqualTo(Files.readAllBytes(f));
    }
  }
}
