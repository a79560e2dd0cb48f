package org.annalist.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the command line in-process and captures what it prints. */
final class Cli {
  record Result(int code, String out, String err) { }

  static final Path SEEDS = Path.of("..", "seeds");

  private Cli() { }

  static synchronized Result run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Annalist.commandLine().execute(args);
      return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  /** Runs the main job on the seeds into {@code out}, quietly, with more options; it must succeed. */
  static void runSeeds(Path out, String... options) {
    String[] args = new String[5 + options.length];
    System.arraycopy(new String[] {"run", SEEDS.toString(), "--out", out.toString(), "-q"}, 0, args, 0, 5);
    System.arraycopy(options, 0, args, 5, options.length);
    Result r = run(args);
    if (r.code() != 0) {
      throw new AssertionError("annalist run failed (" + r.code() + "): " + r.err());
    }
  }
}
