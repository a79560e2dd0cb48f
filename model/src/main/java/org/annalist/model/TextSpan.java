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
}
