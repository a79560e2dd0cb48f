package org.annalist.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.annalist.model.Dataset;
import org.annalist.model.ErrorRecord;
import org.annalist.pipeline.BatchRun;
import org.annalist.pipeline.DocumentPipeline;
import org.annalist.pipeline.FactCache;
import org.annalist.pipeline.InputCollector;
import org.annalist.store.DuckDbStore;
import org.annalist.store.StoreOptions;

/**
 * The main job on one machine, as named steps: list the inputs; stream them through the document
 * pipeline into the embedded store; aggregate. The dataset it returns reads the store, so it is
 * valid until this run is closed (which deletes the store). Writing is the caller's, so
 * {@code evaluate} scores the same dataset without writing anything.
 */
final class EmbeddedRun implements AutoCloseable {
  /** What a run needs to know. */
  record Options(List<Path> inputs, DocumentPipeline.Options pipeline, int threads, long storeMemory, boolean progress,
      Optional<Path> cache) {
    Options(List<Path> inputs, DocumentPipeline.Options pipeline, int threads, long storeMemory, boolean progress) {
      this(inputs, pipeline, threads, storeMemory, progress, Optional.empty());
    }
  }

  private final DuckDbStore store;
  private final Dataset dataset;
  private final DocumentPipeline pipeline;
  private final BatchRun.Summary summary;

  private EmbeddedRun(DuckDbStore store, Dataset dataset, DocumentPipeline pipeline, BatchRun.Summary summary) {
    this.store = store;
    this.dataset = dataset;
    this.pipeline = pipeline;
    this.summary = summary;
  }

  /** Runs the corpus; the store lives in {@code workDir} until {@link #close}. */
  static EmbeddedRun run(Options o, Path workDir, PrintStream err) throws IOException {
    InputCollector.Collected inputs = InputCollector.documents().collect(o.inputs());
    DocumentPipeline pipeline = DocumentPipeline.load(o.pipeline());
    Optional<FactCache> cache = Optional.empty();
    if (o.cache().isPresent()) {
      FactCache.Opened opened = FactCache.open(o.cache().get(), pipeline.fingerprint(Annalist.version()));
      opened.warning().ifPresent(w -> err.println("annalist: warning: " + w));
      cache = opened.cache();
    }
    DuckDbStore store = DuckDbStore.create(new StoreOptions(workDir, o.storeMemory(), o.threads()));
    try {
      for (ErrorRecord e : inputs.errors()) {
        store.error(e);
      }
      BatchRun.Summary s;
      try (ProgressBar bar = o.progress() && inputs.inputs().size() > 1 ? new ProgressBarBuilder().setTaskName("extract")
          .setInitialMax(inputs.inputs().size()).setStyle(ProgressBarStyle.ASCII)
          .setConsumer(new ConsoleProgressBarConsumer(err)).build() : null) {
        s = BatchRun.run(pipeline, cache, inputs.inputs(), store, o.threads(),
            bar == null ? BatchRun.Progress.none() : bar::step);
      }
      if (s.rejected() > 0) {
        err.println("annalist: warning: " + s.rejected() + " cache entries failed their checks and were extracted again");
      }
      BatchRun.Summary all = new BatchRun.Summary(s.documents(), s.errors() + inputs.errors().size(), s.extracted(),
          s.rejected());
      return new EmbeddedRun(store, store.finish(), pipeline, all);
    } catch (IOException | RuntimeException | Error e) {
      store.close();
      throw e;
    }
  }

  Dataset dataset() {
    return dataset;
  }

  DocumentPipeline pipeline() {
    return pipeline;
  }

  /** Documents processed and inputs that failed. */
  BatchRun.Summary summary() {
    return summary;
  }

  @Override
  public void close() throws IOException {
    store.close();
  }
}
