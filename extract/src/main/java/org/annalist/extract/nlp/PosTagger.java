package org.annalist.extract.nlp;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
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
  /** The POS model's manifest entry holding the classifier (POSModel's own, package-private key). */
  private static final String MODEL_ENTRY = "pos.model";

  private final POSTaggerME fallback;
  private final POSContextGenerator contexts;
  private final SequenceValidator<String> validator;
  private final MaxentModel model;
  private final BeamDecoder beam;
  /** Null when the model's tags are UD already, as {@code POSTaggerME} leaves them. */
  private final POSTagFormatMapper mapper;

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
      POSTagFormatMapper guess = new POSTagFormatMapper(names) { };
      this.mapper = guess.getGuessedFormat() == POSTagFormat.UD ? null : guess;
    } else {
      // a model with a sequence model of its own: OpenNLP's tagger decodes it
      this.fallback = new POSTaggerME(posModel);
      this.model = null;
      this.contexts = null;
      this.validator = null;
      this.beam = null;
      this.mapper = null;
    }
  }

  String[] tag(String[] words) {
    if (fallback != null) {
      return fallback.tag(words);
    }
    BeamDecoder.Best best = beam.best(words.length, new BeamDecoder.Scorer() {
      private int index = -1;
      private String[] context;
      private double[] scores;

      @Override
      public double[] score(int i, String[] outcomes) {
        String[] c = contexts.getContext(i, words, outcomes, NO_CONTEXT);
        if (i != index || !Arrays.equals(c, context)) {
          index = i;
          context = c;
          scores = model.eval(c, new double[model.getNumOutcomes()]);
        }
        return scores;
      }
    }, (i, outcomes, outcome) -> validator.validSequence(i, words, outcomes, outcome));
    return mapper == null ? best.outcomes() : mapper.convertTags(List.of(best.outcomes()));
  }
}
