package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-runs with --cache extract only what changed, and always give the output of a clean run. */
class IncrementalRunTest {
  @TempDir
  Path dir;

  private static final List<String> COMPARED = List.of("documents.csv", "mentions.csv", "entities.csv", "dates.csv",
      "timeline.csv", "deployments.csv", "troops_per_base.csv", "treaty_articles.csv", "quantities.csv", "errors.csv",
      "unplaced.csv", "dataset.yaml");

  private Cli.Result run(Path corpus, Path out, boolean cached) {
    Cli.Result r = cached
        ? Cli.run("run", corpus.toString(), "--out", out.toString(), "--cache", dir.resolve("cache").toString(), "--formats", "csv,yaml")
        : Cli.run("run", corpus.toString(), "--out", out.toString(), "--formats", "csv,yaml");
    assertThat(r.code()).as(r.err()).isZero();
    return r;
  }

  private void assertSameOutput(Path a, Path b) throws IOException {
    for (String f : COMPARED) {
      assertThat(Files.readString(b.resolve(f))).as(f).isEqualTo(Files.readString(a.resolve(f)));
    }
  }

  @Test
  void onlyNewAndChangedDocumentsAreExtracted() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    try (Stream<Path> s = Files.list(HeldOutTest.HELDOUT.resolve("docs"))) {
      for (Path p : s.sorted().limit(6).toList()) {
        Files.copy(p, corpus.resolve(p.getFileName()));
      }
    }
    Cli.Result first = run(corpus, dir.resolve("o1"), true);
    assertThat(first.err()).contains("0 document(s) unchanged, 6 extracted");

    Cli.Result again = run(corpus, dir.resolve("o2"), true);
    assertThat(again.err()).contains("6 document(s) unchanged, 0 extracted");
    assertSameOutput(dir.resolve("o1"), dir.resolve("o2"));

    Path changed;
    try (Stream<Path> s = Files.list(corpus)) {
      changed = s.sorted().toList().get(2);
    }
    Files.writeString(changed, Files.readString(changed) + "\nOn 3 March 1941 a new garrison of 1,200 men arrived in Tartu.\n");
    Path removed;
    try (Stream<Path> s = Files.list(corpus)) {
      removed = s.sorted().toList().get(4);
    }
    Files.delete(removed);
    Cli.Result third = run(corpus, dir.resolve("o3"), true);
    assertThat(third.err()).contains("4 document(s) unchanged, 1 extracted");
    run(corpus, dir.resolve("clean"), false);
    assertSameOutput(dir.resolve("clean"), dir.resolve("o3"));
    assertThat(Files.readString(dir.resolve("o3").resolve("documents.csv")))
        .doesNotContain(removed.getFileName().toString().replace(".txt", "") + ",");
  }

  @Test
  void aCorruptEntryIsReportedAndExtractedAgain() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "On 10 October 1939 the treaty was signed in Moscow.\n");
    Files.writeString(corpus.resolve("b.txt"), "In June 1940 the Red Army entered Kaunas.\n");
    run(corpus, dir.resolve("o1"), true);
    try (Stream<Path> s = Files.walk(dir.resolve("cache"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".rows")).toList()) {
        Files.writeString(p, "garbage");
      }
    }
    Cli.Result r = run(corpus, dir.resolve("o2"), true);
    assertThat(r.err()).contains("2 cache entries failed their checks").contains("0 document(s) unchanged, 2 extracted");
    assertSameOutput(dir.resolve("o1"), dir.resolve("o2"));
  }
}
