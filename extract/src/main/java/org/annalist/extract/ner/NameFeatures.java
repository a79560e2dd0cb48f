package org.annalist.extract.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The features of OpenNLP's default name finder descriptor, as {@code DefaultNameContextGenerator}
 * builds them from it, in the same order: a window of two tokens either side over the token class
 * and word-and-class, the same window over the lower-cased word, the outcome prior, the previous
 * outcome of the same word in the document (the adaptive map), bigrams, the sentence start, and last
 * the four features of the previous outcomes. OpenNLP computes a token's class and lower case once
 * for every feature that needs them (up to seven times per token); here they are computed once per
 * token of a sentence, by OpenNLP's own functions.
 *
 * <p>{@link ModelLayer} uses this only after checking, on probe sentences, that it gives exactly the
 * context generator's features for the model at hand; another descriptor falls back to OpenNLP.
 *
 * <p>Not thread-safe: it holds the sentence and the document's adaptive map.
 */
final class NameFeatures {
  /** The outcome before the first token, as {@code NameFinderME.OTHER}. */
  static final String OTHER = "other";
  private static final int WINDOW = 2;

  private final Map<String, String> previous = new HashMap<>();
  private String[] tokens = new String[0];
  private String[] lower = new String[0];
  private String[] kind = new String[0];

  /** Starts a sentence: its tokens' lower case and class are computed here, once. */
  void sentence(String[] tokens) {
    this.tokens = tokens;
    lower = new String[tokens.length];
    kind = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      lower[i] = StringUtil.toLowerCase(tokens[i]);
      kind[i] = FeatureGeneratorUtil.tokenFeature(tokens[i]);
    }
  }

  /** The features at token {@code i} that do not depend on the previous outcomes, in OpenNLP's order. */
  void shared(int i, List<String> out) {
    // window over the token class (with word and class)
    out.add("wc=" + kind[i]);
    out.add("w&c=" + lower[i] + "," + kind[i]);
    for (int k = 1; k <= WINDOW && i - k >= 0; k++) {
      out.add("p" + k + "wc=" + kind[i - k]);
      out.add("p" + k + "w&c=" + lower[i - k] + "," + kind[i - k]);
    }
    for (int k = 1; k <= WINDOW && i + k < tokens.length; k++) {
      out.add("n" + k + "wc=" + kind[i + k]);
      out.add("n" + k + "w&c=" + lower[i + k] + "," + kind[i + k]);
    }
    // window over the lower-cased word
    out.add("w=" + lower[i]);
    for (int k = 1; k <= WINDOW && i - k >= 0; k++) {
      out.add("p" + k + "w=" + lower[i - k]);
    }
    for (int k = 1; k <= WINDOW && i + k < tokens.length; k++) {
      out.add("n" + k + "w=" + lower[i + k]);
    }
    out.add("def");
    out.add("pd=" + previous.get(tokens[i]));
    if (i > 0) {
      out.add("pw,w=" + tokens[i - 1] + "," + tokens[i]);
      out.add("pwc,wc=" + kind[i - 1] + "," + kind[i]);
    }
    if (i + 1 < tokens.length) {
      out.add("w,nw=" + tokens[i] + "," + tokens[i + 1]);
      out.add("wc,nc=" + kind[i] + "," + kind[i + 1]);
    }
    if (i == 0) {
      out.add("S=begin");
    }
  }

  /** The features of the previous two outcomes at token {@code i} ({@code OTHER} before the sentence). */
  void outcomes(int i, String po, String ppo, List<String> out) {
    out.add("po=" + po);
    out.add("pow=" + po + "," + tokens[i]);
    out.add("powf=" + po + "," + kind[i]);
    out.add("ppo=" + ppo);
  }

  /** After a sentence: each word's outcome is remembered for the rest of the document. */
  void update(String[] words, String[] outcomes) {
    for (int i = 0; i < words.length; i++) {
      previous.put(words[i], outcomes[i]);
    }
  }

  /** A new document. */
  void clear() {
    previous.clear();
  }
}
