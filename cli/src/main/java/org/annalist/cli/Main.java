package org.annalist.cli;

/** Entry point: parses the command line, runs one command, exits with its code. */
public final class Main {
  private Main() { }

  public static void main(String[] args) {
    System.exit(Annalist.commandLine().execute(args));
  }
}
