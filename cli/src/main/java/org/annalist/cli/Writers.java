package org.annalist.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.annalist.model.Dataset;
import org.annalist.model.DatasetWriter;
import org.annalist.model.WriteOptions;

/**
 * Runs the chosen writers side by side: each writes its own files and reads the dataset's tables
 * through cursors of its own, so they share nothing but the store, which serves several readers.
 */
final class Writers {
  private Writers() { }

  /** Runs every writer on up to {@code threads} threads; returns each one's time in ms, in the writers' order. */
  static Map<String, Long> runSideBySide(List<DatasetWriter> writers, Dataset ds, Path dir, WriteOptions options, int threads)
      throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, writers.size())), r -> {
      Thread t = new Thread(r, "annalist-write");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Long>> done = new ArrayList<>();
      for (DatasetWriter w : writers) {
        done.add(pool.submit(() -> {
          long t = System.nanoTime();
          w.write(ds, dir, options);
          return (System.nanoTime() - t) / 1_000_000;
        }));
      }
      Map<String, Long> millis = new LinkedHashMap<>();
      for (int i = 0; i < writers.size(); i++) {
        millis.put(writers.get(i).format(), await(done.get(i), writers.get(i)));
      }
      return millis;
    } finally {
      pool.shutdownNow();
    }
  }

  private static long await(Future<Long> f, DatasetWriter w) throws IOException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException io) {
        throw io;
      }
      if (c instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IOException(w.format() + " writer failed: " + Annalist.oneLine(c), c);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
