package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: the pipeline's CSV and YAML output on seeds/ must equal the files in
 * src/test/resources/golden/ byte for byte (see the README there). After an intended change,
 * regenerate them with {@code mvn -pl cli test -Dtest=SeedsGoldenTest -Dannalist.regenerateGolden=true}
 * and review the diff before committing.
 */
class SeedsGoldenTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  @TempDir
  static Path out;

  @BeforeAll
  static void runOnSeeds() throws IOException {
    Cli.Result r = Cli.run("run", Cli.SEEDS.toString(), "--out", out.resolve("o").toString(), "--formats", "csv,yaml", "-q",
        "--threads", "2");
    assertThat(r.code()).as(r.err()).isZero();
    if (Boolean.getBoolean("annalist.regenerateGolden")) {
      try (Stream<Path> s = Files.list(out.resolve("o"))) {
        for (Path p : s.filter(SeedsGoldenTest::golden).toList()) {
          Files.copy(p, GOLDEN.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static boolean golden(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".csv") || n.endsWith(".yaml");
  }

  static List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(GOLDEN)) {
      return s.filter(SeedsGoldenTest::golden).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void outputEqualsGolden(String name) throws IOException {
    assertThat(Files.readString(out.resolve("o").resolve(name))).as(name).isEqualTo(Files.readString(GOLDEN.resolve(name)));
  }
}
