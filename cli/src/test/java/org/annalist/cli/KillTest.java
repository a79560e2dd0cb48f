package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL at seeded moments (start-up, model loading, extraction, writing, the
 * swap) never damages the previous output, and the next run completes and removes what the killed
 * runs left behind.
 */
class KillTest {
  @TempDir
  Path dir;

  private Process start(Path corpus, Path out) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "org.annalist.cli.Main", "run",
        corpus.toString(), "--out", out.toString(), "-q", "--formats", "csv,yaml,jsonl,xlsx,duckdb"));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
  }

  /** Every file of the output but the manifest (which holds durations), with its bytes. */
  private static Map<String, String> snapshot(Path out) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(out)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String name = out.relativize(p).toString();
        m.put(name, name.equals("manifest.json") || name.equals("dataset.xlsx") || name.equals("dataset.duckdb")
            ? "present" : Files.readString(p));
      }
    }
    return m;
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".out.")).toList();
    }
  }

  @Test
  void aKilledRunNeverDamagesThePreviousOutput() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "On 10 October 1939 Lithuania and the Soviet Union signed a treaty in Moscow.\n"
        + "The Soviet Union stationed 20,000 troops in Lithuania.\n");
    Files.writeString(corpus.resolve("b.txt"), "In June 1940 the Red Army occupied Kaunas and Vilnius.\n");
    Path out = dir.resolve("out");
    long t0 = System.nanoTime();
    Process first = start(corpus, out);
    assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();
    long baselineMs = (System.nanoTime() - t0) / 1_000_000;
    Map<String, String> before = snapshot(out);
    assertThat(before).containsKeys("dates.csv", "dataset.yaml", "dataset.xlsx");

    long seed = 20261130L;
    Random rnd = new Random(seed);
    System.out.println("KillTest seed=" + seed + ", baseline run " + baselineMs + " ms");
    for (int i = 0; i < 6; i++) {
      long delay = (long) (baselineMs * (0.1 + 0.95 * rnd.nextDouble()));
      Process p = start(corpus, out);
      boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
      if (!finished) {
        p.destroyForcibly().waitFor();
      }
      System.out.println("KillTest kill " + i + " after " + delay + " ms" + (finished ? " (the run had finished)" : ""));
      assertThat(snapshot(out)).as("output after a kill at %d ms", delay).isEqualTo(before);
    }
    Process last = start(corpus, out);
    assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).isZero();
    assertThat(snapshot(out)).isEqualTo(before);
    assertThat(leftovers()).as("hidden folders of killed runs").isEmpty();
  }

  @Test
  void aRunKilledBetweenTheTwoMovesIsRecovered() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("dates.csv"), "previous");
    // what a run killed between "move the previous output aside" and "move the new one in" leaves
    Path aside = dir.resolve(".out.old-123");
    Files.move(out, aside);
    Files.writeString(aside.resolve(".annalist-owner"), "999999999");
    Path partial = Files.createDirectories(dir.resolve(".out.partial-456"));
    Files.writeString(partial.resolve(".annalist-owner"), "999999999");
    org.annalist.cli.io.OutputFolderAccess.recover(out);
    assertThat(Files.readString(out.resolve("dates.csv"))).isEqualTo("previous");
    assertThat(out.resolve(".annalist-owner")).doesNotExist();
    assertThat(leftovers()).isEmpty();
    assertThat(new File(partial.toString())).doesNotExist();
  }
}
