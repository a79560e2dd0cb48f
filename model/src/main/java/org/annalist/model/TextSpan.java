package org.annalist.model;

/**
 * A span of a document's text, such as a sentence.
 *
 * @param start inclusive offset
 * @param end   exclusive offset
 */
public record TextSpan(int start, int end) {
  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  /** Index of the span holding {@code offset} in spans kept in text order (binary search), or -1. */
  public static int indexOf(java.util.List<TextSpan> sorted, int offset) {
    int lo = 0;
    int hi = sorted.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      TextSpan s = sorted.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
