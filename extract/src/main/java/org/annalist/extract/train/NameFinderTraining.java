package org.annalist.extract.train;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains an OpenNLP {@link NameFinderME} and measures it by N-fold cross-validation.
 *
 * <p>Settings are the best of a small grid measured on wikigold (see README): perceptron,
 * 100 iterations, cutoff 0, BIO codec, OpenNLP's default features. Folds are contiguous blocks of
 * sentences, so one article rarely lands in both training and test data of a fold.
 */
public final class NameFinderTraining {
  /** Precision, recall and F1 with the counts behind them. */
  public record Score(int tp, int fp, int fn) {
    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Score plus(Score o) {
      return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
    }
  }

  /** Training sentences read from CoNLL files; opaque outside this package. */
  public static final class Corpus {
    private final List<NameSample> samples;

    private Corpus(List<NameSample> samples) {
      this.samples = List.copyOf(samples);
    }

    public int sentences() {
      return samples.size();
    }
  }

  private NameFinderTraining() { }

  /** Reads CoNLL-2003-style files (see {@link ConllReader}). */
  public static Corpus read(List<java.nio.file.Path> files, boolean keepMisc) throws IOException {
    return new Corpus(ConllReader.read(files, keepMisc));
  }

  /** Cross-validates on a corpus. */
  public static Map<String, Score> crossValidate(Corpus corpus, int folds, int iterations) throws IOException {
    return crossValidate(corpus.samples, folds, iterations);
  }

  /** Trains on a whole corpus and writes the model. */
  public static void trainAndSave(Corpus corpus, int iterations, OutputStream out) throws IOException {
    save(train(corpus.samples, iterations), out);
  }

  public static TrainingParameters parameters(int iterations) {
    TrainingParameters p = TrainingParameters.defaultParams();
    p.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    p.put(TrainingParameters.CUTOFF_PARAM, 0);
    p.put(TrainingParameters.THREADS_PARAM, 1);
    return p;
  }

  public static TokenNameFinderModel train(List<NameSample> samples, int iterations) throws IOException {
    TokenNameFinderFactory factory = new TokenNameFinderFactory(null, Map.of(), new BioCodec());
    return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), parameters(iterations), factory);
  }

  public static void save(TokenNameFinderModel model, OutputStream out) throws IOException {
    model.serialize(out);
  }

  /** Cross-validated scores per entity type, plus "ALL" for the micro average. */
  public static Map<String, Score> crossValidate(List<NameSample> samples, int folds, int iterations) throws IOException {
    if (folds < 2 || folds > samples.size()) {
      throw new IllegalArgumentException("folds must be between 2 and the number of sentences");
    }
    Map<String, Score> scores = new TreeMap<>();
    for (int k = 0; k < folds; k++) {
      int from = samples.size() * k / folds;
      int to = samples.size() * (k + 1) / folds;
      List<NameSample> train = new ArrayList<>(samples.subList(0, from));
      train.addAll(samples.subList(to, samples.size()));
      NameFinderME finder = new NameFinderME(train(train, iterations));
      for (NameSample s : samples.subList(from, to)) {
        if (s.isClearAdaptiveDataSet()) {
          finder.clearAdaptiveData();
        }
        Span[] predicted = finder.find(s.getSentence());
        count(s.getNames(), predicted, scores);
      }
    }
    Score all = new Score(0, 0, 0);
    for (Score s : scores.values()) {
      all = all.plus(s);
    }
    Map<String, Score> out = new LinkedHashMap<>(scores);
    out.put("ALL", all);
    return out;
  }

  private static void count(Span[] gold, Span[] predicted, Map<String, Score> scores) {
    Set<String> g = new TreeSet<>();
    for (Span s : gold) {
      g.add(s.getStart() + ":" + s.getEnd() + ":" + s.getType());
    }
    Set<String> p = new TreeSet<>();
    for (Span s : predicted) {
      p.add(s.getStart() + ":" + s.getEnd() + ":" + s.getType());
    }
    for (String x : p) {
      String type = x.substring(x.lastIndexOf(':') + 1);
      scores.merge(type, g.contains(x) ? new Score(1, 0, 0) : new Score(0, 1, 0), Score::plus);
    }
    for (String x : g) {
      if (!p.contains(x)) {
        scores.merge(x.substring(x.lastIndexOf(':') + 1), new Score(0, 0, 1), Score::plus);
      }
    }
  }
}
