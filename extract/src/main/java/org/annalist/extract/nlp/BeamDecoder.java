package org.annalist.extract.nlp;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * The beam search of OpenNLP's {@code BeamSearch}, step for step, so that it picks the same sequence
 * (the same heap operations on the same scores, ties included), but cheaper: hypotheses are linked
 * to their parent instead of copying every outcome list at every step, and the {@link Scorer} may
 * return the same array for hypotheses whose contexts are equal, whose k-th best score is then
 * found once.
 *
 * <p>Not thread-safe: one per tagger.
 */
public final class BeamDecoder {
  /** {@code BeamSearch}'s floor for a sequence's log score. */
  private static final double MIN_SEQUENCE_SCORE = -100000;

  /** Probabilities of every outcome at {@code index} after {@code outcomes}; the array is not changed afterwards. */
  @FunctionalInterface
  public interface Scorer {
    double[] score(int index, String[] outcomes);
  }

  /** Whether {@code outcome} may follow {@code outcomes} at {@code index}. */
  @FunctionalInterface
  public interface Validator {
    boolean valid(int index, String[] outcomes, String outcome);
  }

  /** The best sequence: its outcomes and the probability of each. */
  public record Best(String[] outcomes, double[] probs) { }

  private static final class Hyp implements Comparable<Hyp> {
    final Hyp parent;
    final String outcome;
    final double prob;
    final double score;
    final int length;

    Hyp(Hyp parent, String outcome, double prob) {
      this.parent = parent;
      this.outcome = outcome;
      this.prob = prob;
      this.score = parent == null ? 0 : parent.score + StrictMath.log(prob);
      this.length = parent == null ? 0 : parent.length + 1;
    }

    String[] outcomes() {
      String[] out = new String[length];
      for (Hyp h = this; h.parent != null; h = h.parent) {
        out[h.length - 1] = h.outcome;
      }
      return out;
    }

    /** Best first, as {@code Sequence.compareTo}. */
    @Override
    public int compareTo(Hyp o) {
      return Double.compare(o.score, score);
    }
  }

  private final int size;
  private final String[] names;

  /**
   * @param size  beam size
   * @param names outcome names, by index of the scores
   */
  public BeamDecoder(int size, String[] names) {
    if (size < 1) {
      throw new IllegalArgumentException("beam size must be positive");
    }
    this.size = size;
    this.names = names.clone();
  }

  /** The best sequence over {@code length} positions, or empty outcomes when none is valid. */
  public Best best(int length, Scorer scorer, Validator validator) {
    PriorityQueue<Hyp> prev = new PriorityQueue<>(size);
    PriorityQueue<Hyp> next = new PriorityQueue<>(size);
    prev.add(new Hyp(null, null, 1));
    double[] sorted = new double[names.length];
    for (int i = 0; i < length; i++) {
      int sz = Math.min(size, prev.size());
      double[] minOf = null;
      double min = 0;
      for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
        Hyp top = prev.remove();
        String[] outcomes = top.outcomes();
        double[] scores = scorer.score(i, outcomes);
        if (scores != minOf) {
          System.arraycopy(scores, 0, sorted, 0, scores.length);
          Arrays.sort(sorted, 0, scores.length);
          min = sorted[Math.max(0, scores.length - size)];
          minOf = scores;
        }
        for (int p = 0; p < scores.length; p++) {
          if (scores[p] >= min && validator.valid(i, outcomes, names[p])) {
            Hyp ns = new Hyp(top, names[p], scores[p]);
            if (ns.score > MIN_SEQUENCE_SCORE) {
              next.add(ns);
            }
          }
        }
        if (next.isEmpty()) {
          // no advanced sequence: advance all valid ones
          for (int p = 0; p < scores.length; p++) {
            if (validator.valid(i, outcomes, names[p])) {
              Hyp ns = new Hyp(top, names[p], scores[p]);
              if (ns.score > MIN_SEQUENCE_SCORE) {
                next.add(ns);
              }
            }
          }
        }
      }
      prev.clear();
      PriorityQueue<Hyp> tmp = prev;
      prev = next;
      next = tmp;
    }
    if (prev.isEmpty()) {
      return new Best(new String[0], new double[0]);
    }
    Hyp best = prev.remove();
    double[] probs = new double[best.length];
    for (Hyp h = best; h.parent != null; h = h.parent) {
      probs[h.length - 1] = h.prob;
    }
    return new Best(best.outcomes(), probs);
  }
}
