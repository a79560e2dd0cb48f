package org.annalist.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.annalist.cli.io.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code annalist bench}: the benchmark behind the README's speed and memory figures. It makes a
 * corpus (copies of the seeds, or many small documents drawn from the seeds' sentences), runs the
 * main job on it in a child JVM, measured from outside (JVM start and model loading included), and
 * prints words/s, documents/s, peak resident memory, the heap after each garbage collection and
 * the time of each stage (from the run's manifest).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Annalist.Version.class,
    description = {"Measures the main job: throughput (words/s, documents/s), peak memory and time per stage.",
        "The corpus is --copies copies of the seeds, or --docs generated documents of about --words words each."},
    footer = {"", "Examples: annalist bench --copies 100", "          annalist bench --docs 100000 --words 100 --jvm-opts=-Xmx512m --formats csv",
        "          annalist bench --copies 100 --runs 2 --cache   (second run re-uses the first run's cache)"})
public final class BenchCommand implements Callable<Integer> {
  @Option(names = "--copies", paramLabel = "N", description = "Copies of each seed document (default 100 when --docs is not given).")
  Integer copies;

  @Option(names = "--docs", paramLabel = "N", description = "Generate N small documents from the seeds' sentences instead.")
  Integer docs;

  @Option(names = "--words", paramLabel = "N", description = "Words per generated document (default 100).")
  int words = 100;

  @Option(names = "--seeds", paramLabel = "DIR", description = "Where the seed documents are (default seeds/).")
  Path seeds = Path.of("seeds");

  @Option(names = "--corpus", paramLabel = "DIR", description = "Keep the corpus in DIR (made when missing, re-used when present).")
  Path corpus;

  @Option(names = "--jvm-opts", paramLabel = "OPTS", description = "Options for the measured JVM, e.g. -Xmx512m.")
  String jvmOpts = "";

  @Option(names = "--threads", paramLabel = "N", description = "--threads of the measured run (default: cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--formats", paramLabel = "F,...", description = "--formats of the measured run (default: all).")
  String formats;

  @Option(names = "--runs", paramLabel = "N", description = "Run the job N times (default 1).")
  int runs = 1;

  @Option(names = "--cache", description = "Give the runs a fresh --cache folder (the second run measures a re-run).")
  boolean cache;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path work = Files.createTempDirectory("annalist-bench-");
    try {
      Path in = corpus != null ? corpus : work.resolve("corpus");
      if (!Files.isDirectory(in) || isEmpty(in)) {
        Files.createDirectories(in);
        if (docs != null) {
          generate(in, docs, words);
        } else {
          copy(in, copies == null ? 100 : copies);
        }
      }
      long[] size = measure(in);
      out.printf(Locale.ROOT, "corpus %s: %d documents, %d words, %.1f MB%n", in, size[0], size[1], size[2] / 1e6);
      for (int r = 1; r <= runs; r++) {
        Path o = work.resolve("out" + r);
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        if (!jvmOpts.isBlank()) {
          cmd.addAll(List.of(jvmOpts.strip().split("\\s+")));
        }
        Path gc = work.resolve("gc" + r + ".log");
        cmd.add("-Xlog:gc:file=" + gc);
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.addAll(List.of("-jar", jar().toString(), "run", in.toString(), "--out", o.toString(), "-q", "--threads",
            Integer.toString(threads)));
        if (formats != null) {
          cmd.addAll(List.of("--formats", formats));
        }
        if (cache) {
          cmd.addAll(List.of("--cache", work.resolve("cache").toString()));
        }
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(work.resolve("run" + r + ".log").toFile()).start();
        long peak = 0;
        while (p.isAlive()) {
          peak = Math.max(peak, peakRss(p.pid()));
          Thread.sleep(50);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        int code = p.waitFor();
        if (code != 0) {
          out.println("run " + r + " failed with exit code " + code + ":");
          out.print(Files.readString(work.resolve("run" + r + ".log")));
          return Annalist.OUTPUT_FAILED;
        }
        out.printf(Locale.ROOT, "run %d: wall %.1f s, %,.0f words/s, %,.1f documents/s, peak RSS %s%n", r, secs, size[1] / secs,
            size[0] / secs, peak > 0 ? String.format(Locale.ROOT, "%d MiB", peak >> 10) : "n/a (no /proc)");
        out.printf(Locale.ROOT, "  heap after GC: %s%n", heapAfterGc(gc));
        JsonNode m = new ObjectMapper().readTree(o.resolve("manifest.json").toFile());
        out.printf(Locale.ROOT, "  stages: extract+store %d ms (%d of %d documents extracted), write %s ms%n",
            m.path("durations").path("extract_and_transform_ms").asLong(), m.path("extracted").asLong(),
            m.path("documents").asLong(), m.path("durations").path("write_ms"));
      }
      return Annalist.OK;
    } finally {
      if (corpus == null) {
        OutputFolder.deleteQuietly(work);
      } else {
        try (Stream<Path> s = Files.list(work)) {
          for (Path p : s.toList()) {
            OutputFolder.deleteQuietly(p);
          }
        }
        Files.deleteIfExists(work);
      }
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  /** The jar this command runs from. */
  private static Path jar() {
    try {
      return Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Path> seedFiles() throws IOException {
    try (Stream<Path> s = Files.list(seeds)) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      if (files.isEmpty()) {
        throw new IOException("no seed documents (.txt) in " + seeds);
      }
      return files;
    }
  }

  private void copy(Path in, int n) throws IOException {
    for (Path f : seedFiles()) {
      String base = f.getFileName().toString().replace(".txt", "");
      for (int i = 1; i <= n; i++) {
        Files.copy(f, in.resolve(base + "_" + i + ".txt"));
      }
    }
  }

  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]{20,400}[.!?]");

  /** {@code n} documents of about {@code w} words, sentences drawn at random (seed 42) from the seeds. */
  private void generate(Path in, int n, int w) throws IOException {
    List<String> sentences = new ArrayList<>();
    for (Path f : seedFiles()) {
      Matcher m = SENTENCE.matcher(Files.readString(f, StandardCharsets.UTF_8));
      while (m.find()) {
        sentences.add(m.group().strip());
      }
    }
    Random rnd = new Random(42);
    for (int d = 0; d < n; d++) {
      Path folder = Files.createDirectories(in.resolve(String.format(Locale.ROOT, "%04d", d / 1000)));
      StringBuilder sb = new StringBuilder();
      int count = 0;
      while (count < w) {
        String s = sentences.get(rnd.nextInt(sentences.size()));
        sb.append(s).append(rnd.nextInt(4) == 0 ? "\n\n" : " ");
        count += s.split("\\s+").length;
      }
      Files.writeString(folder.resolve(String.format(Locale.ROOT, "doc%06d.txt", d)), sb.toString().strip() + "\n",
          StandardCharsets.UTF_8);
    }
  }

  /** Documents, words and bytes of the corpus. */
  private static long[] measure(Path in) throws IOException {
    long[] r = new long[3];
    try (Stream<Path> s = Files.walk(in)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        r[0]++;
        r[1] += text.isBlank() ? 0 : text.strip().split("\\s+").length;
        r[2] += Files.size(f);
      }
    }
    return r;
  }

  /** The process's peak resident set in KiB (Linux), or 0. */
  private static long peakRss(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D+", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // the process ended between two looks, or this is not Linux
    }
    return 0;
  }

  private static final Pattern GC_AFTER = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  /** The live heap after garbage collections, at the first, middle and last collection, and the maximum. */
  private static String heapAfterGc(Path log) throws IOException {
    if (!Files.exists(log)) {
      return "n/a";
    }
    List<Long> after = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      Matcher m = GC_AFTER.matcher(line);
      if (m.find()) {
        after.add(Long.parseLong(m.group(2)));
      }
    }
    if (after.isEmpty()) {
      return "no collection";
    }
    return String.format(Locale.ROOT, "%d collections; after the first %d MB, middle %d MB, last %d MB, max %d MB", after.size(),
        after.get(0), after.get(after.size() / 2), after.get(after.size() - 1),
        after.stream().mapToLong(Long::longValue).max().orElse(0));
  }
}
