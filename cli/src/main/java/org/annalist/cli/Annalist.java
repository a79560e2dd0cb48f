package org.annalist.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; its subcommands do the work. */
@Command(name = "annalist", mixinStandardHelpOptions = true, versionProvider = Annalist.Version.class,
    description = "Turns a folder of historical documents into analysis-ready datasets (CSV, Excel, YAML).",
    subcommands = {RunCommand.class, EvaluateCommand.class, BenchCommand.class, TrainNerCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 done, 1 no input could be processed, 2 bad command line, 3 output not written."})
public final class Annalist implements Runnable {
  public static final int OK = 0;
  public static final int NOTHING_PROCESSED = 1;
  public static final int USAGE = 2;
  public static final int OUTPUT_FAILED = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** The configured command line, for {@link Main} and for tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Annalist());
    cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : OUTPUT_FAILED);
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      line.getErr().println("annalist: " + oneLine(ex));
      return OUTPUT_FAILED;
    });
    return cl;
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replaceAll("\\s+", " ").strip();
  }

  /** The version from the build. */
  public static String version() {
    return org.annalist.export.Manifest.version(Annalist.class);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"annalist " + version()};
    }
  }
}
