package org.annalist.extract.nlp;

/**
 * The probe sentence that checks a features class of ours against OpenNLP's context generator before
 * it is used (the POS tagger's {@code PosFeatures}, the name model's {@code NameFeatures}): odd tokens
 * such as initials, numbers of every class, dashes, accented capitals and possessives.
 */
public final class FeatureProbe {
  private FeatureProbe() { }

  /** A new copy of the probe's tokens (generators may keep or change the array they are given). */
  public static String[] tokens() {
    return new String[] {"On", "10", "October", "1939", ",", "the", "Soviet", "Union", "'s", "J.", "Paleckis",
        "—", "U.S.S.R.", "Ä.", "20,000", "1939-40", "10/12", "3.5", "x1", "ÅLAND", "Urbšys", "ー", "a", "Riga", "."};
  }
}
