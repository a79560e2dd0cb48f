package org.annalist.extract.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameFinderSequenceValidator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import org.annalist.extract.nlp.BeamDecoder;
import org.annalist.extract.nlp.FeatureProbe;
import org.annalist.extract.nlp.Sentence;
import org.annalist.model.EntityType;

/**
 * The statistical layer: the name finder model trained on wikigold, decoded as {@link NameFinderME}
 * decodes it (same context generator, validator, codec, beam size and span probabilities) but
 * cheaper. The contexts of a position differ between the beam's hypotheses only in their last
 * features (the previous outcomes, which {@code DefaultNameContextGenerator} appends last), so for a
 * perceptron model the weights of the shared features are summed once per position and only the
 * rest per hypothesis; the sums are the same additions in the same order, hence the same scores.
 *
 * <p>{@code NameFinderME} also adds a window over "additional context", which {@code find(tokens)}
 * always leaves empty: it adds no features and is left out.
 */
final class ModelLayer implements Layer {
  static final String SOURCE = "model";
  /** The name model's manifest entry holding the classifier (TokenNameFinderModel's own key). */
  private static final String MODEL_ENTRY = "nameFinder.model";
  /** Features that {@code DefaultNameContextGenerator} appends after the cached ones: po, pow, powf, ppo. */
  private static final int OUTCOME_FEATURES = 4;
  private static final String[][] NO_CONTEXT = new String[0][0];

  private final NameFinderME fallback;
  private final NameContextGenerator contexts;
  private final SequenceCodec<String> codec;
  private final SequenceValidator<String> validator;
  private final MaxentModel classifier;
  private final BeamDecoder beam;
  private final String[] names;
  /**
   * Validity by previous outcome (+1; 0 = none) and outcome, when the validator is OpenNLP's BIO one,
   * which reads nothing but these two: 0 not known yet, 1 valid, 2 not.
   */
  private final byte[][] validity;
  /** The perceptron's weights by feature, or null for another kind of model (evaluated by OpenNLP). */
  private final Map<String, Context> weights;
  /** The descriptor's features computed here, or null when they differ from the context generator's. */
  private final NameFeatures features;

  @SuppressWarnings("unchecked")
  ModelLayer(TokenNameFinderModel model) {
    Object artifact = model.getArtifact(MODEL_ENTRY);
    if (artifact instanceof MaxentModel m) {
      TokenNameFinderFactory factory = model.getFactory();
      this.fallback = null;
      this.classifier = m;
      this.codec = factory.createSequenceCodec();
      this.validator = codec.createSequenceValidator();
      this.contexts = factory.createContextGenerator();
      String beamSize = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
      String[] names = new String[m.getNumOutcomes()];
      for (int i = 0; i < names.length; i++) {
        names[i] = m.getOutcome(i);
      }
      this.beam = new BeamDecoder(beamSize == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beamSize), names);
      this.names = names;
      this.validity = validator.getClass() == NameFinderSequenceValidator.class ? new byte[names.length + 1][names.length] : null;
      this.weights = m instanceof PerceptronModel p ? (Map<String, Context>) p.getDataStructures()[1] : null;
      NameFeatures f = new NameFeatures();
      this.features = sameFeatures(contexts, f, names) ? f : null;
    } else {
      this.fallback = new NameFinderME(model);
      this.classifier = null;
      this.codec = null;
      this.validator = null;
      this.contexts = null;
      this.beam = null;
      this.names = null;
      this.validity = null;
      this.weights = null;
      this.features = null;
    }
  }

  /**
   * Whether {@link NameFeatures} gives exactly the context generator's features: at every position
   * of a probe sentence, after several outcome histories, before and after the adaptive map learns
   * the probe's outcomes.
   */
  private static boolean sameFeatures(NameContextGenerator contexts, NameFeatures f, String[] names) {
    try {
      for (int round = 0; round < 2; round++) {
        String[] probe = FeatureProbe.tokens();
        f.sentence(probe);
        for (int i = 0; i < probe.length; i++) {
          for (int shift = 0; shift < names.length; shift++) {
            String[] preds = new String[i];
            for (int k = 0; k < i; k++) {
              preds[k] = names[(k + shift) % names.length];
            }
            List<String> mine = new ArrayList<>();
            f.shared(i, mine);
            f.outcomes(i, i > 0 ? preds[i - 1] : NameFeatures.OTHER, i > 1 ? preds[i - 2] : NameFeatures.OTHER, mine);
            if (!Arrays.equals(contexts.getContext(i, probe, preds, NO_CONTEXT), mine.toArray(String[]::new))) {
              return false;
            }
          }
        }
        String[] outcomes = new String[probe.length];
        for (int k = 0; k < outcomes.length; k++) {
          outcomes[k] = names[k % names.length];
        }
        contexts.updateAdaptiveData(probe, outcomes);
        f.update(probe, outcomes);
      }
      return true;
    } finally {
      contexts.clearAdaptiveData();
      f.clear();
    }
  }

  @Override
  public List<Candidate> find(Sentence sentence) {
    String[] tokens = sentence.tokenTexts();
    Span[] spans = fallback != null ? fallback.find(tokens) : decode(tokens);
    List<Candidate> out = new ArrayList<>();
    for (Span s : spans) {
      Optional<EntityType> type = EntityType.parse(s.getType());
      type.ifPresent(t -> out.add(new Candidate(s.getStart(), s.getEnd(), t, SOURCE, 1,
          Math.max(0.0, Math.min(1.0, s.getProb())))));
    }
    return out;
  }

  /** As {@code NameFinderME.find(tokens)}: best sequence, adaptive data, spans with their mean probability. */
  private Span[] decode(String[] tokens) {
    BeamDecoder.Scorer scorer;
    if (features != null) {
      features.sentence(tokens);
      scorer = new FeatureScorer();
    } else {
      scorer = new Scorer(tokens);
    }
    BeamDecoder.Best best = beam.best(tokens.length, scorer, (i, history, outcome) -> valid(i, tokens, history, outcome));
    List<String> outcomes = List.of(best.outcomes());
    if (features != null) {
      features.update(tokens, best.outcomes());
    } else {
      contexts.updateAdaptiveData(tokens, best.outcomes());
    }
    Span[] spans = codec.decode(outcomes);
    double[] probs = best.probs();
    for (int si = 0; si < spans.length; si++) {
      double p = 0;
      for (int oi = spans[si].getStart(); oi < spans[si].getEnd(); oi++) {
        p += probs[oi];
      }
      p /= spans[si].length();
      spans[si] = new Span(spans[si], p);
    }
    return spans;
  }

  private boolean valid(int i, String[] tokens, BeamDecoder.History history, int outcome) {
    if (validity == null) {
      return validator.validSequence(i, tokens, history.toArray(), names[outcome]);
    }
    int prev = history.length() == 0 ? -1 : history.outcome(1);
    byte[] row = validity[prev + 1];
    if (row[outcome] == 0) {
      String[] last = prev < 0 ? new String[0] : new String[] {names[prev]};
      row[outcome] = validator.validSequence(i, tokens, last, names[outcome]) ? (byte) 1 : (byte) 2;
    }
    return row[outcome] == 1;
  }

  /**
   * Scores from {@link NameFeatures}: a position's shared features are looked up and summed once,
   * then each distinct pair of previous outcomes adds its four features.
   */
  private final class FeatureScorer implements BeamDecoder.Scorer {
    private final List<String> buffer = new ArrayList<>();
    private int index = -1;
    private String[] shared;
    private double[] sharedSums;
    /** Scores at this position by previous two outcomes (each +1; 0 = before the sentence). */
    private double[][] seen;

    @Override
    public double[] score(int i, BeamDecoder.History history) {
      if (i != index) {
        index = i;
        buffer.clear();
        features.shared(i, buffer);
        shared = buffer.toArray(String[]::new);
        if (weights != null) {
          sharedSums = new double[classifier.getNumOutcomes()];
          sum(shared, 0, shared.length, sharedSums);
        }
        seen = new double[(names.length + 1) * (names.length + 1)][];
      }
      int n = history.length();
      int o1 = n > 0 ? history.outcome(1) : -1;
      int o2 = n > 1 ? history.outcome(2) : -1;
      int key = (o1 + 1) * (names.length + 1) + o2 + 1;
      if (seen[key] != null) {
        return seen[key];
      }
      String po = o1 < 0 ? NameFeatures.OTHER : names[o1];
      String ppo = o2 < 0 ? NameFeatures.OTHER : names[o2];
      buffer.clear();
      features.outcomes(i, po, ppo, buffer);
      double[] scores;
      if (weights != null) {
        scores = sharedSums.clone();
        for (String f : buffer) {
          add(f, scores);
        }
        normalize(scores);
      } else {
        String[] all = Arrays.copyOf(shared, shared.length + buffer.size());
        for (int k = 0; k < buffer.size(); k++) {
          all[shared.length + k] = buffer.get(k);
        }
        scores = classifier.eval(all, new double[classifier.getNumOutcomes()]);
      }
      seen[key] = scores;
      return scores;
    }
  }

  /** Scores of a sentence's positions from the context generator, the shared part of a position's context summed once. */
  private final class Scorer implements BeamDecoder.Scorer {
    private final String[] tokens;
    private int index = -1;
    private String[] shared;
    private int sharedLength;
    private double[] sharedSums;
    private String[] last;
    private double[] lastScores;

    Scorer(String[] tokens) {
      this.tokens = tokens;
    }

    @Override
    public double[] score(int i, BeamDecoder.History history) {
      String[] c = contexts.getContext(i, tokens, history.toArray(), NO_CONTEXT);
      if (i == index && Arrays.equals(c, last)) {
        return lastScores;
      }
      double[] scores;
      if (weights == null) {
        scores = classifier.eval(c, new double[classifier.getNumOutcomes()]);
      } else {
        int split = Math.max(0, c.length - OUTCOME_FEATURES);
        if (i != index || split != sharedLength || !Arrays.equals(c, 0, split, shared, 0, split)) {
          sharedSums = new double[classifier.getNumOutcomes()];
          sum(c, 0, split, sharedSums);
          shared = c;
          sharedLength = split;
        }
        scores = sharedSums.clone();
        sum(c, split, c.length, scores);
        normalize(scores);
      }
      index = i;
      last = c;
      lastScores = scores;
      return scores;
    }
  }

  /** {@code ArrayMath.sumFeatures} over {@code c[from, to)}, each feature's value 1. */
  private void sum(String[] c, int from, int to, double[] sums) {
    for (int ci = from; ci < to; ci++) {
      add(c[ci], sums);
    }
  }

  private void add(String feature, double[] sums) {
    Context w = weights.get(feature);
    if (w != null) {
      int[] outcomes = w.getOutcomes();
      double[] parameters = w.getParameters();
      for (int ai = 0; ai < outcomes.length; ai++) {
        sums[outcomes[ai]] += parameters[ai] * 1.0;
      }
    }
  }

  /** {@code PerceptronModel}'s normalization of the sums into probabilities. */
  private static void normalize(double[] prior) {
    double maxPrior = 1;
    for (double p : prior) {
      if (maxPrior < StrictMath.abs(p)) {
        maxPrior = StrictMath.abs(p);
      }
    }
    double normal = 0.0;
    for (int oid = 0; oid < prior.length; oid++) {
      prior[oid] = StrictMath.exp(prior[oid] / maxPrior);
      normal += prior[oid];
    }
    for (int oid = 0; oid < prior.length; oid++) {
      prior[oid] /= normal;
    }
  }

  /** Whether the features are computed here (the bundled model's descriptor) rather than by OpenNLP. */
  boolean computesFeatures() {
    return features != null;
  }

  /** Documents are independent: adaptive features must not carry over between them. */
  void clearAdaptiveData() {
    if (fallback != null) {
      fallback.clearAdaptiveData();
    } else if (features != null) {
      features.clear();
    } else {
      contexts.clearAdaptiveData();
    }
  }
}
