package org.annalist.extract;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The time budget of the document being extracted on this thread. Extraction checks it between
 * steps and in its per-sentence loops, so a document that would take too long stops itself soon
 * after its deadline with {@link Exceeded}, instead of stalling the batch. The checks cost one clock
 * read each.
 */
public final class Budget {
  private static final ThreadLocal<long[]> DEADLINE = new ThreadLocal<>();

  /** The budget ran out. */
  public static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exceeded(Duration budget) {
      super("took longer than the time budget of " + budget.toSeconds() + " s per document");
    }
  }

  private Budget() { }

  /** Runs {@code work} with {@code budget} on this thread. */
  public static <T> T within(Duration budget, Supplier<T> work) {
    long[] previous = DEADLINE.get();
    DEADLINE.set(new long[] {System.nanoTime() + budget.toNanos(), budget.toSeconds()});
    try {
      return work.get();
    } finally {
      if (previous == null) {
        DEADLINE.remove();
      } else {
        DEADLINE.set(previous);
      }
    }
  }

  /** Throws {@link Exceeded} when this thread's document is past its deadline. */
  public static void check() {
    long[] d = DEADLINE.get();
    if (d != null && System.nanoTime() - d[0] > 0) {
      throw new Exceeded(Duration.ofSeconds(d[1]));
    }
  }
}
