package org.annalist.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the store may use the machine.
 *
 * @param workDir     folder for the database file and DuckDB's spill files; the store deletes what it
 *                    made there when closed
 * @param memoryLimit bytes DuckDB may hold (it spills to {@code workDir} beyond that); see
 *                    {@link #defaultMemoryLimit()}
 * @param threads     threads DuckDB may use for aggregation
 */
public record StoreOptions(Path workDir, long memoryLimit, int threads) {
  static final long MIN_MEMORY = 64L << 20;

  public StoreOptions {
    Objects.requireNonNull(workDir, "workDir");
    if (memoryLimit < MIN_MEMORY) {
      throw new IllegalArgumentException("store memory limit must be at least 64 MB, got " + memoryLimit + " bytes");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads " + threads);
    }
  }

  /**
   * Half the JVM's maximum heap, between 128 MB and 4 GB: DuckDB's memory lives outside the heap, so
   * the process as a whole stays within about one and a half times the heap the user gave Java.
   */
  public static long defaultMemoryLimit() {
    long half = Runtime.getRuntime().maxMemory() / 2;
    return Math.max(128L << 20, Math.min(4L << 30, half));
  }

  /**
   * A writer's scratch database: a quarter of the store's default, at least 64 MB, one thread, since
   * writers run side by side with each other and with the store.
   */
  public static StoreOptions forWriter(Path workDir) {
    return new StoreOptions(workDir, Math.max(MIN_MEMORY, defaultMemoryLimit() / 4), 1);
  }

  public static StoreOptions defaults(Path workDir, int threads) {
    return new StoreOptions(workDir, defaultMemoryLimit(), threads);
  }
}
