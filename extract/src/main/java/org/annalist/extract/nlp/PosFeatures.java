package org.annalist.extract.nlp;

import java.util.List;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The features of OpenNLP's default POS tagger descriptor (the one the bundled UD model was trained
 * with), in the order its generators add them: the outcome prior, suffixes and prefixes up to four
 * characters, a window of two words either side (lower-cased), the sentence start in the same
 * window, the token class with the word, and the two previous tags. A token's lower case and class
 * are computed once per sentence, by OpenNLP's own functions, not once per feature that uses them.
 *
 * <p>{@link PosTagger} uses this only after checking on probe sentences that it gives exactly the
 * model's context generator's features. Not thread-safe: it holds the sentence.
 */
final class PosFeatures {
  private static final int AFFIX = 4;
  private static final int WINDOW = 2;

  private String[] tokens = new String[0];
  private String[] lower = new String[0];
  private String[] kind = new String[0];

  void sentence(String[] words) {
    tokens = words;
    lower = new String[words.length];
    kind = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      lower[i] = StringUtil.toLowerCase(words[i]);
      kind[i] = FeatureGeneratorUtil.tokenFeature(words[i]);
    }
  }

  /** The features at token {@code i}, whose previous tag is {@code tag1} and the one before {@code tag2} (unused before the sentence). */
  void features(int i, String tag1, String tag2, List<String> out) {
    out.add("def");
    String w = tokens[i];
    int n = w.length();
    for (int k = 0; k < Math.min(AFFIX, n); k++) {
      out.add("suf=" + w.substring(Math.max(n - k - 1, 0)));
    }
    for (int k = 0; k < Math.min(AFFIX, n); k++) {
      out.add("pre=" + w.substring(0, Math.min(k + 1, n)));
    }
    out.add("w=" + lower[i]);
    for (int k = 1; k <= WINDOW && i - k >= 0; k++) {
      out.add("p" + k + "w=" + lower[i - k]);
    }
    for (int k = 1; k <= WINDOW && i + k < tokens.length; k++) {
      out.add("n" + k + "w=" + lower[i + k]);
    }
    // the sentence start, seen from the token and from the two after it
    if (i == 0) {
      out.add("S=begin");
    }
    for (int k = 1; k <= WINDOW && i - k >= 0; k++) {
      if (i - k == 0) {
        out.add("p" + k + "S=begin");
      }
    }
    out.add("wc=" + kind[i]);
    out.add("w&c=" + lower[i] + "," + kind[i]);
    if (i >= 1) {
      out.add("t=" + tag1);
      if (i >= 2) {
        out.add("t2=" + tag2 + "," + tag1);
      }
    }
  }
}
