package org.annalist.cli.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a run's output into a fresh temporary folder beside the target and swaps it in only when
 * complete: an interrupted or failed run leaves the previous output as it was, and never a
 * half-written folder under the target's name.
 */
public final class OutputFolder implements AutoCloseable {
  private final Path target;
  private final Path staging;
  private boolean committed;
  private final Thread cleanup;

  public OutputFolder(Path target) throws IOException {
    this.target = target.toAbsolutePath().normalize();
    if (Files.exists(this.target) && !Files.isDirectory(this.target)) {
      throw new IOException("--out " + target + " is a file, not a folder");
    }
    Path parent = this.target.getParent();
    Files.createDirectories(parent);
    this.staging = Files.createTempDirectory(parent, "." + this.target.getFileName() + ".partial-");
    this.cleanup = new Thread(() -> deleteQuietly(staging));
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  /** The folder to write into. */
  public Path staging() {
    return staging;
  }

  /** Replaces the target with the staging folder. */
  public void commit() throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
      Files.delete(old);
      move(target, old);
    }
    move(staging, target);
    committed = true;
    if (old != null) {
      deleteQuietly(old);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  @Override
  public void close() {
    if (!committed) {
      deleteQuietly(staging);
    }
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down; the hook runs
    }
  }

  public static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // best effort: a leftover temporary folder is hidden and harmless
    }
  }
}
