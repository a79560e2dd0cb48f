package org.annalist.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annalist.extract.train.NameFinderTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annalist train-ner}: trains and cross-validates the OpenNLP name finder. */
@Command(name = "train-ner", mixinStandardHelpOptions = true, versionProvider = Annalist.Version.class,
    description = "Trains an OpenNLP name finder from CoNLL-2003-style files (PER/LOC/ORG; MISC dropped unless --keep-misc).",
    footer = {"", "Example: annalist train-ner --data ../shared/ner-corpora/wikigold/wikigold.conll.txt --out ner.bin --folds 10"})
public final class TrainNerCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, arity = "1..*", paramLabel = "FILE", description = "CoNLL files: token ... tag per line.")
  List<Path> data;

  @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the trained model (.bin).")
  Path out;

  @Option(names = "--folds", paramLabel = "N", description = "Cross-validation folds; 0 to skip (default: 0).")
  int folds;

  @Option(names = "--iterations", paramLabel = "N", description = "Perceptron iterations (default: 100).")
  int iterations = 100;

  @Option(names = "--keep-misc", description = "Keep MISC names as a fourth type.")
  boolean keepMisc;

  @Override
  public Integer call() throws IOException {
    PrintStream o = System.out;
    for (Path p : data) {
      if (!Files.isRegularFile(p)) {
        System.err.println("annalist: no such file: " + p);
        return Annalist.USAGE;
      }
    }
    NameFinderTraining.Corpus samples = NameFinderTraining.read(data, keepMisc);
    o.println("sentences: " + samples.sentences());
    if (folds > 0) {
      Map<String, NameFinderTraining.Score> cv = NameFinderTraining.crossValidate(samples, folds, iterations);
      o.println(folds + "-fold cross-validation:");
      o.println(String.format(java.util.Locale.ROOT, "  %-13s %9s %9s %9s", "type", "precision", "recall", "F1"));
      cv.forEach((k, v) -> o.println(String.format(java.util.Locale.ROOT, "  %-13s %9.3f %9.3f %9.3f", k, v.precision(), v.recall(), v.f1())));
    }
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream os = Files.newOutputStream(out)) {
      NameFinderTraining.trainAndSave(samples, iterations, os);
    }
    o.println("model written: " + out);
    return Annalist.OK;
  }
}
