package org.annalist.extract.ner;

import org.annalist.model.EntityType;

/**
 * A proposed entity span over a sentence's tokens.
 *
 * @param start      first token index
 * @param end        token index after the last
 * @param type       proposed type
 * @param source     layer name: gazetteer, rule or model
 * @param rank       precedence of the layer at equal length (higher wins)
 * @param confidence 0..1
 */
record Candidate(int start, int end, EntityType type, String source, int rank, double confidence) {
  int length() {
    return end - start;
  }

  boolean overlaps(Candidate o) {
    return start < o.end && o.start < end;
  }
}
