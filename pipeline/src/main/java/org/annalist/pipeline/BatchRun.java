package org.annalist.pipeline;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.annalist.ingest.UnreadableDocumentException;
import org.annalist.model.DocumentRows;
import org.annalist.model.FactSink;

/**
 * Streams a corpus through a {@link DocumentPipeline} into a {@link FactSink}: documents are read
 * and processed on {@code threads} threads, a bounded number in flight, and each outcome goes to the
 * sink (on the calling thread, in input order) as soon as it is done, so memory holds a few
 * documents whatever the corpus size. One bad document is an error row; the batch goes on.
 *
 * <p>A document that overruns its time budget normally stops itself (extraction checks the budget as
 * it goes). One that does not — a library stuck inside a damaged file — is abandoned when its budget
 * and a grace period are spent: it becomes an error row, its thread is left to finish on its own (a
 * daemon), and a fresh thread takes its place, so the batch never stalls.
 */
public final class BatchRun {
  /** Told once per document done. */
  @FunctionalInterface
  public interface Progress {
    void step();

    static Progress none() {
      return () -> { };
    }
  }

  /**
   * What a batch did.
   *
   * @param documents documents whose rows went to the sink
   * @param errors    inputs that could not be processed
   * @param extracted documents extracted in this run (the others came from the cache)
   * @param rejected  cache entries that failed a check and were extracted again
   */
  public record Summary(int documents, int errors, int extracted, int rejected) { }

  /** An outcome, and whether it came from the cache. */
  private record Done(DocumentPipeline.Outcome outcome, boolean cached) { }

  /** A document's task, which knows when it started running. */
  private static final class Task extends FutureTask<Done> {
    final InputCollector.Input input;
    volatile long startedAt;

    Task(InputCollector.Input input, java.util.concurrent.Callable<Done> work) {
      super(work);
      this.input = input;
    }

    @Override
    public void run() {
      startedAt = System.nanoTime();
      super.run();
    }
  }

  private BatchRun() { }

  /**
   * Runs every input. An {@link OutOfMemoryError} is not a bad document: it stops the batch and
   * reaches the caller, which must not write output.
   */
  public static Summary run(DocumentPipeline pipeline, List<InputCollector.Input> inputs, FactSink sink, int threads,
      Progress progress) throws IOException {
    return run(pipeline, Optional.empty(), inputs, sink, threads, progress);
  }

  /** Runs every input, taking the rows of unchanged documents from {@code cache} and caching the rest. */
  public static Summary run(DocumentPipeline pipeline, Optional<FactCache> cache, List<InputCollector.Input> inputs,
      FactSink sink, int threads, Progress progress) throws IOException {
    int n = Math.max(1, threads);
    ThreadPoolExecutor pool = new ThreadPoolExecutor(n, n, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(r, "annalist-extract");
      t.setDaemon(true);
      return t;
    });
    // the budget is enforced inside extraction; this is the fallback for a task stuck in a library
    Duration budget = pipeline.options().timeBudget();
    long abandonAfter = budget.plus(budget.dividedBy(10)).plusSeconds(5).toNanos();
    int window = n * 2;
    Deque<Task> inFlight = new ArrayDeque<>();
    int documents = 0;
    int errors = 0;
    int extracted = 0;
    try {
      int next = 0;
      while (next < inputs.size() || !inFlight.isEmpty()) {
        while (next < inputs.size() && inFlight.size() < window) {
          InputCollector.Input in = inputs.get(next++);
          Task t = new Task(in, () -> one(pipeline, cache, in));
          pool.execute(t);
          inFlight.add(t);
        }
        Done d = await(inFlight.poll(), abandonAfter, pool);
        DocumentPipeline.Outcome o = d.outcome();
        extracted += d.cached() ? 0 : 1;
        if (o.rows().isPresent()) {
          sink.accept(o.rows().get());
          documents++;
        } else {
          sink.error(o.error().orElseThrow());
          errors++;
        }
        progress.step();
      }
    } finally {
      pool.shutdownNow();
    }
    return new Summary(documents, errors, extracted, cache.map(FactCache::rejected).orElse(0));
  }

  private static Done one(DocumentPipeline pipeline, Optional<FactCache> cache, InputCollector.Input in) {
    if (cache.isEmpty()) {
      return new Done(pipeline.process(in), false);
    }
    byte[] bytes;
    try {
      bytes = pipeline.read(in);
    } catch (IOException e) {
      return new Done(DocumentPipeline.Outcome.failed(in.shown(), "cannot read: " + DocumentPipeline.oneLine(e)), false);
    } catch (UnreadableDocumentException e) {
      return new Done(DocumentPipeline.Outcome.failed(in.shown(), e.reason()), false);
    }
    String sha = DocumentPipeline.sha256(bytes);
    String key = cache.get().key(in.docId(), in.shown(), sha);
    Optional<DocumentRows> hit = cache.get().get(key);
    if (hit.isPresent()) {
      return new Done(DocumentPipeline.Outcome.of(hit.get()), true);
    }
    DocumentPipeline.Outcome o = pipeline.process(in.shown(), in.docId(), bytes, sha);
    o.rows().ifPresent(rows -> cache.get().put(key, rows));
    return new Done(o, false);
  }

  private static Done await(Task t, long abandonAfterNanos, ThreadPoolExecutor pool) throws IOException {
    try {
      while (true) {
        long started = t.startedAt;
        if (started == 0) {
          try {
            return t.get(100, TimeUnit.MILLISECONDS);
          } catch (TimeoutException e) {
            continue;
          }
        }
        long left = started + abandonAfterNanos - System.nanoTime();
        try {
          return t.get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          t.cancel(true);
          // the stuck thread keeps its slot until it ends; add one so the batch keeps its pace
          pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
          pool.setCorePoolSize(pool.getCorePoolSize() + 1);
          return new Done(DocumentPipeline.Outcome.failed(t.input.shown(), "abandoned: still not done "
              + TimeUnit.NANOSECONDS.toSeconds(abandonAfterNanos) + " s after it started (time budget exceeded)"), false);
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("a document task failed outside its guard", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
