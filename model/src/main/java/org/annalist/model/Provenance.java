package org.annalist.model;

import java.util.Objects;

/**
 * Where a fact came from: the document, the character offsets of the evidence in its text, the
 * sentence that holds it, the extractor that produced it and the extractor's confidence.
 *
 * @param docId      the document's id (its file name without extension)
 * @param start      offset of the first character, inclusive
 * @param end        offset after the last character, exclusive
 * @param sentence   the sentence around the evidence, whitespace-collapsed
 * @param extractor  name of the technique that produced the fact (model, gazetteer, rule, ...)
 * @param confidence 0..1; 1.0 for deterministic rules that give no probability
 */
public record Provenance(String docId, int start, int end, String sentence, String extractor, double confidence) {
  public Provenance {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(extractor, "extractor");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
  }

  public Provenance withExtractor(String newExtractor, double newConfidence) {
    return new Provenance(docId, start, end, sentence, newExtractor, newConfidence);
  }
}
