package org.annalist.extract.nlp;

import java.util.PriorityQueue;

/**
 * The beam search of OpenNLP's {@code BeamSearch}, step for step, so that it picks the same sequence
 * (the same heap operations on the same scores, ties included), but cheaper: a hypothesis is linked
 * to its parent instead of copying every outcome list at every step, the {@link Scorer} and the
 * {@link Validator} see the outcomes so far as a {@link History} (most read only the last one or
 * two), and the scorer may return the same array for hypotheses whose contexts are equal, whose
 * k-th best score is then found once.
 *
 * <p>Not thread-safe: one per tagger.
 */
public final class BeamDecoder {
  /** {@code BeamSearch}'s floor for a sequence's log score. */
  private static final double MIN_SEQUENCE_SCORE = -100000;

  /** The outcomes chosen so far by a hypothesis. */
  public interface History {
    /** Number of outcomes so far. */
    int length();

    /** Index (in the decoder's outcome names) of the outcome {@code back} positions before the end (1 = the last one). */
    int outcome(int back);

    /** The outcome names so far, in order. */
    String[] toArray();
  }

  /** Probabilities of every outcome at {@code index} after {@code history}; the array is not changed afterwards. */
  @FunctionalInterface
  public interface Scorer {
    double[] score(int index, History history);
  }

  /** Whether outcome number {@code outcome} may follow {@code history} at {@code index}. */
  @FunctionalInterface
  public interface Validator {
    boolean valid(int index, History history, int outcome);
  }

  /** The best sequence: its outcomes and the probability of each. */
  public record Best(String[] outcomes, double[] probs) { }

  private final class Hyp implements Comparable<Hyp>, History {
    final Hyp parent;
    final int outcome;
    final double prob;
    final double score;
    final int length;

    Hyp(Hyp parent, int outcome, double prob) {
      this.parent = parent;
      this.outcome = outcome;
      this.prob = prob;
      this.score = parent == null ? 0 : parent.score + StrictMath.log(prob);
      this.length = parent == null ? 0 : parent.length + 1;
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public int outcome(int back) {
      if (back < 1 || back > length) {
        throw new IndexOutOfBoundsException("no outcome " + back + " back of " + length);
      }
      Hyp h = this;
      for (int k = 1; k < back; k++) {
        h = h.parent;
      }
      return h.outcome;
    }

    @Override
    public String[] toArray() {
      String[] out = new String[length];
      for (Hyp h = this; h.parent != null; h = h.parent) {
        out[h.length - 1] = names[h.outcome];
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
    prev.add(new Hyp(null, -1, 1));
    double[] top = new double[size];
    for (int i = 0; i < length; i++) {
      int sz = Math.min(size, prev.size());
      double[] minOf = null;
      double min = 0;
      for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
        Hyp hyp = prev.remove();
        double[] scores = scorer.score(i, hyp);
        if (scores != minOf) {
          min = kthLargest(scores, top);
          minOf = scores;
        }
        for (int p = 0; p < scores.length; p++) {
          if (scores[p] >= min && validator.valid(i, hyp, p)) {
            Hyp ns = new Hyp(hyp, p, scores[p]);
            if (ns.score > MIN_SEQUENCE_SCORE) {
              next.add(ns);
            }
          }
        }
        if (next.isEmpty()) {
          // no advanced sequence: advance all valid ones
          for (int p = 0; p < scores.length; p++) {
            if (validator.valid(i, hyp, p)) {
              Hyp ns = new Hyp(hyp, p, scores[p]);
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
    return new Best(best.toArray(), probs);
  }

  /**
   * The score {@code BeamSearch} takes as the floor: element {@code max(0, n - size)} of the scores
   * sorted ascending, that is the {@code size}-th largest counting ties, or the smallest when there
   * are fewer. Found by keeping the {@code size} largest in {@code top} (descending), not by sorting.
   */
  private double kthLargest(double[] scores, double[] top) {
    int k = Math.min(size, scores.length);
    int filled = 0;
    for (double v : scores) {
      if (filled < k) {
        int j = filled++;
        while (j > 0 && Double.compare(top[j - 1], v) < 0) {
          top[j] = top[j - 1];
          j--;
        }
        top[j] = v;
      } else if (Double.compare(v, top[k - 1]) > 0) {
        int j = k - 1;
        while (j > 0 && Double.compare(top[j - 1], v) < 0) {
          top[j] = top[j - 1];
          j--;
        }
        top[j] = v;
      }
    }
    return top[k - 1];
  }
}
