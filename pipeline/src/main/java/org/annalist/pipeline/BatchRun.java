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

  private BatchRun() { }

  /**
   * Runs every input. An {@link OutOfMemoryError} is not a bad document: it stops the batch and
   * reaches the caller, which must not write output.
   */
  public static Summary run(DocumentPipeline pipeline, List<InputCollector.Input> inputs, FactSink sink, int threads,
      Progress progress) throws IOException {
    return run(pipeline, java.util.Optional.empty(), inputs, sink, threads, progress);
  }

  /** Runs every input, taking the rows of unchanged documents from {@code cache} and caching the rest. */
  public static Summary run(DocumentPipeline pipeline, java.util.Optional<FactCache> cache, List<InputCollector.Input> inputs,
      FactSink sink, int threads, Progress progress) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "annalist-extract");
      t.setDaemon(true);
      return t;
    });
    int window = Math.max(1, threads) * 2;
    Deque<Future<Done>> inFlight = new ArrayDeque<>();
    int documents = 0;
    int errors = 0;
    int extracted = 0;
    try {
      int next = 0;
      while (next < inputs.size() || !inFlight.isEmpty()) {
        while (next < inputs.size() && inFlight.size() < window) {
          InputCollector.Input in = inputs.get(next++);
          inFlight.add(pool.submit(() -> one(pipeline, cache, in)));
        }
        Done d = await(inFlight.poll());
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

  private static Done one(DocumentPipeline pipeline, java.util.Optional<FactCache> cache, InputCollector.Input in) {
    if (cache.isEmpty()) {
      return new Done(pipeline.process(in), false);
    }
    byte[] bytes;
    try {
      bytes = DocumentPipeline.read(in);
    } catch (IOException e) {
      return new Done(DocumentPipeline.Outcome.failed(in.shown(), "cannot read: " + DocumentPipeline.oneLine(e)), false);
    }
    String sha = DocumentPipeline.sha256(bytes);
    String key = cache.get().key(in.docId(), in.shown(), sha);
    java.util.Optional<org.annalist.model.DocumentRows> hit = cache.get().get(key);
    if (hit.isPresent()) {
      return new Done(DocumentPipeline.Outcome.of(hit.get()), true);
    }
    DocumentPipeline.Outcome o = pipeline.process(in.shown(), in.docId(), bytes, sha);
    o.rows().ifPresent(rows -> cache.get().put(key, rows));
    return new Done(o, false);
  }

  private static Done await(Future<Done> f) throws IOException {
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
