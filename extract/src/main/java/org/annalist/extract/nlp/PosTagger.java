package org.annalist.extract.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.DefaultPOSSequenceValidator;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * The tags {@link POSTaggerME} gives, with its context generator, validator and beam size, decoded
 * by {@link BeamDecoder}. The model is evaluated once per distinct context at a position: the
 * bundled model's features are cached per position by OpenNLP, so the hypotheses of the beam share
 * one context and {@code BeamSearch} evaluated the same features three times.
 *
 * <p>Not thread-safe (the context generator caches by sentence).
 */
final class PosTagger {
  private static final Object[] NO_CONTEXT = new Object[0];
  private static final String[] NO_TAGS = new String[0];
  /** The POS model's manifest entry holding the classifier (POSModel's own, package-private key). */
  private static final String MODEL_ENTRY = "pos.model";

  private final POSTaggerME fallback;
  private final POSContextGenerator contexts;
  private final SequenceValidator<String> validator;
  private final MaxentModel model;
  private final BeamDecoder beam;
  private final String[] names;
  /** Whether the validator reads only the word and the outcome (OpenNLP's default one does). */
  private final boolean validatorReadsNoHistory;
  /** Null when the model's tags are UD already, as {@code POSTaggerME} leaves them. */
  private final POSTagFormatMapper mapper;
  /** The descriptor's features computed here, or null when they differ from the context generator's. */
  private final PosFeatures features;
  /**
   * Whether a position's features are fixed by its first hypothesis, as the model's cached feature
   * generator fixes them (its cache is keyed by sentence and position, not by the previous tags).
   */
  private final boolean fixedPerPosition;

  PosTagger(POSModel posModel) {
    POSTaggerFactory factory = posModel.getFactory();
    String beamSize = posModel.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    int size = beamSize == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beamSize);
    Object artifact = posModel.getArtifact(MODEL_ENTRY);
    if (artifact instanceof MaxentModel m) {
      this.fallback = null;
      this.model = m;
      this.contexts = factory.getPOSContextGenerator(size);
      this.validator = factory.getSequenceValidator();
      String[] names = new String[m.getNumOutcomes()];
      for (int i = 0; i < names.length; i++) {
        names[i] = m.getOutcome(i);
      }
      this.beam = new BeamDecoder(size, names);
      this.names = names;
      this.validatorReadsNoHistory = validator.getClass() == DefaultPOSSequenceValidator.class;
      POSTagFormatMapper guess = new POSTagFormatMapper(names) { };
      this.mapper = guess.getGuessedFormat() == POSTagFormat.UD ? null : guess;
      PosFeatures f = new PosFeatures();
      this.features = sameFeatures(factory.getPOSContextGenerator(size), f, names) ? f : null;
      this.fixedPerPosition = features != null && fixedPerPosition(factory.getPOSContextGenerator(size), names);
    } else {
      // a model with a sequence model of its own: OpenNLP's tagger decodes it
      this.fallback = new POSTaggerME(posModel);
      this.model = null;
      this.contexts = null;
      this.validator = null;
      this.beam = null;
      this.names = null;
      this.validatorReadsNoHistory = false;
      this.mapper = null;
      this.features = null;
      this.fixedPerPosition = false;
    }
  }

  /** Whether {@link PosFeatures} gives the context generator's features at every position of probe sentences. */
  private static boolean sameFeatures(POSContextGenerator contexts, PosFeatures f, String[] names) {
    for (int shift = 0; shift < 3; shift++) {
      // a new array: the generator caches by sentence
      String[] probe = FeatureProbe.tokens();
      f.sentence(probe);
      for (int i = 0; i < probe.length; i++) {
        String[] tags = history(i, shift, names);
        List<String> mine = new ArrayList<>();
        f.features(i, i > 0 ? tags[i - 1] : null, i > 1 ? tags[i - 2] : null, mine);
        if (!Arrays.equals(contexts.getContext(i, probe, tags, NO_CONTEXT), mine.toArray(String[]::new))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether the generator gives a position the features of its first hypothesis whatever the tags before it. */
  private static boolean fixedPerPosition(POSContextGenerator contexts, String[] names) {
    String[] probe = FeatureProbe.tokens();
    for (int i = 0; i < probe.length; i++) {
      String[] first = contexts.getContext(i, probe, history(i, 0, names), NO_CONTEXT);
      if (!Arrays.equals(first, contexts.getContext(i, probe, history(i, 1, names), NO_CONTEXT))) {
        return false;
      }
    }
    return true;
  }

  private static String[] history(int length, int shift, String[] names) {
    String[] tags = new String[length];
    for (int k = 0; k < length; k++) {
      tags[k] = names[(k * 7 + shift) % names.length];
    }
    return tags;
  }

  /** Whether the features are computed here (the bundled model's descriptor) rather than by OpenNLP. */
  boolean computesFeatures() {
    return features != null;
  }

  String[] tag(String[] words) {
    if (fallback != null) {
      return fallback.tag(words);
    }
    BeamDecoder.Best best = beam.best(words.length, features != null ? computed(words) : new BeamDecoder.Scorer() {
      private int index = -1;
      private String[] context;
      private double[] scores;

      @Override
      public double[] score(int i, BeamDecoder.History history) {
        String[] c = contexts.getContext(i, words, history.toArray(), NO_CONTEXT);
        if (i != index || !Arrays.equals(c, context)) {
          index = i;
          context = c;
          scores = model.eval(c, new double[model.getNumOutcomes()]);
        }
        return scores;
      }
    }, (i, history, outcome) -> validator.validSequence(i, words, validatorReadsNoHistory ? NO_TAGS : history.toArray(),
        names[outcome]));
    return mapper == null ? best.outcomes() : mapper.convertTags(List.of(best.outcomes()));
  }

  /** Scores from {@link PosFeatures}, evaluated once per position (or per distinct context when not fixed per position). */
  private BeamDecoder.Scorer computed(String[] words) {
    features.sentence(words);
    List<String> buffer = new ArrayList<>();
    return new BeamDecoder.Scorer() {
      private int index = -1;
      private String[] context;
      private double[] scores;

      @Override
      public double[] score(int i, BeamDecoder.History history) {
        if (i == index && fixedPerPosition) {
          return scores;
        }
        buffer.clear();
        int n = history.length();
        features.features(i, n > 0 ? names[history.outcome(1)] : null, n > 1 ? names[history.outcome(2)] : null, buffer);
        String[] c = buffer.toArray(String[]::new);
        if (i != index || !Arrays.equals(c, context)) {
          index = i;
          context = c;
          scores = model.eval(c, new double[model.getNumOutcomes()]);
        }
        return scores;
      }
    };
  }
}
