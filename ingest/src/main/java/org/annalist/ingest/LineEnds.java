package org.annalist.ingest;

/** Line-end normalization: every CR LF, lone CR, NEL, LINE and PARAGRAPH SEPARATOR becomes LF. */
public final class LineEnds {
  private LineEnds() {
  }

  /** {@code text} with LF line ends only; the same instance when it has nothing to change. */
  public static String normalize(String text) {
    int first = firstBreak(text);
    if (first < 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    sb.append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        sb.append('\n');
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
        sb.append('\n');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static int firstBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return i;
      }
    }
    return -1;
  }
}
