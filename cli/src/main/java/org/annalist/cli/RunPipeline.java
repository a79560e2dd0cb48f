package org.annalist.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.annalist.cli.io.InputCollector;
import org.annalist.extract.DocumentExtractor;
import org.annalist.extract.dates.SlashOrder;
import org.annalist.extract.nlp.NlpModels;
import org.annalist.model.Dataset;
import org.annalist.model.ErrorRecord;
import org.annalist.model.SourceDocument;
import org.annalist.model.knowledge.Gazetteer;
import org.annalist.transform.DatasetBuilder;
import org.annalist.transform.DocumentFacts;

/**
 * The main job as named steps: collect inputs; extract and transform each document (in parallel, one
 * document per task, a bounded number in flight, models loaded once); aggregate into the dataset. Writing is the caller's ({@link RunCommand}),
 * so {@code evaluate} can score the same dataset without touching the disk.
 */
public final class RunPipeline {
  /** What a run needs to know. */
  public record Options(List<Path> inputs, List<Path> gazetteers, OptionalInt referenceYear, SlashOrder slashOrder,
      int threads, boolean progress) { }

  /** The dataset and what happened. */
  public record Result(Dataset dataset, int documents, List<ErrorRecord> errors, Gazetteer gazetteer) { }

  private RunPipeline() { }

  public static Result run(Options o, PrintStream err) throws IOException {
    Gazetteer gazetteer = Gazetteer.load(o.gazetteers());
    NlpModels models = NlpModels.load();
    DocumentExtractor extractor = new DocumentExtractor(models, gazetteer, o.slashOrder());
    DatasetBuilder builder = new DatasetBuilder(gazetteer, o.referenceYear());
    InputCollector collector = new InputCollector();
    List<InputCollector.Input> inputs = collector.collect(o.inputs());
    List<DocumentFacts> facts = new ArrayList<>();
    List<ErrorRecord> failures = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, o.threads()));
    try (ProgressBar bar = o.progress() && inputs.size() > 1 ? new ProgressBarBuilder().setTaskName("extract")
        .setInitialMax(inputs.size()).setStyle(ProgressBarStyle.ASCII).setConsumer(
            new me.tongfei.progressbar.ConsoleProgressBarConsumer(err)).build() : null) {
      // documents stream through: a bounded number are read and extracted at a time, and only their
      // facts (no text) are kept for the aggregation that follows
      int window = Math.max(1, o.threads()) * 2;
      List<Future<Optional<DocumentFacts>>> futures = new ArrayList<>();
      int collected = 0;
      for (int i = 0; i <= inputs.size(); i++) {
        while (collected < futures.size() && (futures.size() - collected >= window || i == inputs.size())) {
          collect(futures.get(collected), inputs.get(collected), facts, failures);
          futures.set(collected, null);
          collected++;
        }
        if (i == inputs.size()) {
          break;
        }
        InputCollector.Input in = inputs.get(i);
        futures.add(pool.submit(() -> {
          try {
            Optional<SourceDocument> doc;
            synchronized (collector) {
              doc = collector.read(in);
            }
            return doc.map(extractor::extract).map(builder::facts);
          } finally {
            if (bar != null) {
              bar.step();
            }
          }
        }));
      }
    } finally {
      pool.shutdownNow();
    }
    List<ErrorRecord> errors = new ArrayList<>(collector.errors());
    errors.addAll(failures);
    Dataset ds = builder.build(facts, errors);
    return new Result(ds, facts.size(), errors, gazetteer);
  }

  private static void collect(Future<Optional<DocumentFacts>> f, InputCollector.Input in, List<DocumentFacts> facts,
      List<ErrorRecord> failures) throws IOException {
    try {
      f.get().ifPresent(facts::add);
    } catch (ExecutionException e) {
      // one document's failure never stops the batch
      failures.add(new ErrorRecord(in.shown(), "extraction failed: " + Annalist.oneLine(e.getCause())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
