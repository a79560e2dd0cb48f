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
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import org.annalist.extract.nlp.BeamDecoder;
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
  /** The perceptron's weights by feature, or null for another kind of model (evaluated by OpenNLP). */
  private final Map<String, Context> weights;

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
      this.weights = m instanceof PerceptronModel p ? (Map<String, Context>) p.getDataStructures()[1] : null;
    } else {
      this.fallback = new NameFinderME(model);
      this.classifier = null;
      this.codec = null;
      this.validator = null;
      this.contexts = null;
      this.beam = null;
      this.weights = null;
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
    BeamDecoder.Best best = beam.best(tokens.length, new Scorer(tokens),
        (i, outcomes, outcome) -> validator.validSequence(i, tokens, outcomes, outcome));
    List<String> outcomes = List.of(best.outcomes());
    contexts.updateAdaptiveData(tokens, best.outcomes());
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

  /** Scores of a sentence's positions, the shared part of a position's context summed once. */
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
    public double[] score(int i, String[] outcomes) {
      String[] c = contexts.getContext(i, tokens, outcomes, NO_CONTEXT);
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
      Context w = weights.get(c[ci]);
      if (w != null) {
        int[] outcomes = w.getOutcomes();
        double[] parameters = w.getParameters();
        for (int ai = 0; ai < outcomes.length; ai++) {
          sums[outcomes[ai]] += parameters[ai] * 1.0;
        }
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

  /** Documents are independent: adaptive features must not carry over between them. */
  void clearAdaptiveData() {
    if (fallback != null) {
      fallback.clearAdaptiveData();
    } else {
      contexts.clearAdaptiveData();
    }
  }
}
