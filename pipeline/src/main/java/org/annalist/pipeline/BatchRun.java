package org.annalist.pipeline;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.annalist.model.FactSink;

/**
 * Streams a corpus through a {@link DocumentPipeline} into a {@link FactSink}: documents are read
 * and processed on {@code threads} threads, a bounded number in flight, and each outcome goes to the
 * sink (on the calling thread, in input order) as soon as it is done, so memory holds a few
 * documents whatever the corpus size. One bad document is an error row; the batch goes on.
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

  /** What a batch did. */
  public record Summary(int documents, int errors) { }

  private BatchRun() { }

  /**
   * Runs every input. An {@link OutOfMemoryError} is not a bad document: it stops the batch and
   * reaches the caller, which must not write output.
   */
  public static Summary run(DocumentPipeline pipeline, List<InputCollector.Input> inputs, FactSink sink, int threads,
      Progress progress) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "annalist-extract");
      t.setDaemon(true);
      return t;
    });
    int window = Math.max(1, threads) * 2;
    Deque<Future<DocumentPipeline.Outcome>> inFlight = new ArrayDeque<>();
    int documents = 0;
    int errors = 0;
    try {
      int next = 0;
      while (next < inputs.size() || !inFlight.isEmpty()) {
        while (next < inputs.size() && inFlight.size() < window) {
          InputCollector.Input in = inputs.get(next++);
          inFlight.add(pool.submit(() -> pipeline.process(in)));
        }
        DocumentPipeline.Outcome o = await(inFlight.poll());
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
    return new Summary(documents, errors);
  }

  private static DocumentPipeline.Outcome await(Future<DocumentPipeline.Outcome> f) throws IOException {
    try {
      return f.get();
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
