package org.annalist.cli.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes a run's output into a fresh hidden folder beside the target and swaps it in only when
 * complete: an interrupted or failed run leaves the previous output as it was, and never a
 * half-written folder under the target's name.
 *
 * <p>Each hidden folder holds an {@value #OWNER} file with the process id that made it. A run that
 * was killed (even with {@code kill -9}) leaves its folder behind; the next run towards the same
 * target removes every such folder whose process is gone. If a run died in the instant between
 * moving the previous output aside and moving the new one in, the next run first puts the previous
 * output back.
 */
public final class OutputFolder implements AutoCloseable {
  static final String OWNER = ".annalist-owner";
  private static final String PARTIAL = ".partial-";
  private static final String OLD = ".old-";

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
    recover(this.target);
    this.staging = Files.createTempDirectory(parent, "." + this.target.getFileName() + PARTIAL);
    Files.writeString(staging.resolve(OWNER), Long.toString(ProcessHandle.current().pid()), StandardCharsets.US_ASCII);
    this.cleanup = new Thread(() -> deleteQuietly(staging));
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  /**
   * Puts back a previous output a dead run had moved aside, and removes the hidden folders of runs
   * that are no longer alive.
   */
  static void recover(Path target) throws IOException {
    List<Path> stale = new ArrayList<>();
    Optional<Path> movedAside = Optional.empty();
    String prefix = "." + target.getFileName();
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(), prefix + ".*")) {
      for (Path p : siblings) {
        String name = p.getFileName().toString();
        if (!Files.isDirectory(p) || !(name.startsWith(prefix + PARTIAL) || name.startsWith(prefix + OLD)) || alive(p)) {
          continue;
        }
        if (name.startsWith(prefix + OLD) && !Files.exists(target) && Files.isDirectory(p)) {
          movedAside = Optional.of(p);
        } else {
          stale.add(p);
        }
      }
    }
    if (movedAside.isPresent()) {
      move(movedAside.get(), target);
      Files.deleteIfExists(target.resolve(OWNER));
    }
    for (Path p : stale) {
      deleteQuietly(p);
    }
  }

  /** Whether the process that made a hidden folder still runs (an unreadable owner counts as gone). */
  private static boolean alive(Path folder) {
    try {
      long pid = Long.parseLong(Files.readString(folder.resolve(OWNER), StandardCharsets.US_ASCII).strip());
      return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    } catch (IOException | NumberFormatException e) {
      return false;
    }
  }

  /** The folder to write into. */
  public Path staging() {
    return staging;
  }

  /** Replaces the target with the staging folder. */
  public void commit() throws IOException {
    Files.deleteIfExists(staging.resolve(OWNER));
    Path old = null;
    if (Files.exists(target)) {
      old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + OLD);
      Files.delete(old);
      move(target, old);
      // if this process dies before the next move, the next run puts this folder back: mark it ours
      Files.writeString(old.resolve(OWNER), Long.toString(ProcessHandle.current().pid()), StandardCharsets.US_ASCII);
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
      // best effort: a leftover temporary folder is hidden, and the next run removes it
    }
  }
}
