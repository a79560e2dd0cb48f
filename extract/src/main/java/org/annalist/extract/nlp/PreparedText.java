package org.annalist.extract.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's text prepared for extraction without moving any offset: citation marks such as
 * {@code [27]}, {@code [lt]} or {@code [citation needed]} and the caret of reference back-links are
 * overwritten with spaces, so offsets in the masked text are offsets in the original.
 * Also finds where a references section begins: facts after it are bibliography, not narrative.
 *
 * @param original the text as read
 * @param masked   the same length, citation marks blanked
 * @param bodyEnd  offset of the references heading, or the text's length
 */
public record PreparedText(String original, String masked, int bodyEnd) {
  private static final Pattern CITATION =
      Pattern.compile("\\[(?:\\d{1,3}|[a-z]{1,3}|citation needed|note \\d+|clarification needed)\\]|\\^");
  private static final Pattern REFERENCES_HEADING = Pattern.compile(
      "(?m)^[ \\t]*(?:References|Notes|Bibliography|Sources|Citations|Footnotes|Further reading|Literature)[ \\t]*$");

  public PreparedText {
    if (original.length() != masked.length()) {
      throw new IllegalArgumentException("masking must keep offsets");
    }
  }

  public static PreparedText of(String text) {
    StringBuilder sb = new StringBuilder(text);
    Matcher m = CITATION.matcher(text);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        sb.setCharAt(i, ' ');
      }
    }
    String masked = sb.toString();
    Matcher h = REFERENCES_HEADING.matcher(masked);
    int bodyEnd = text.length();
    // the last such heading in the second half counts: a "Notes" line early on is a section title
    while (h.find()) {
      if (h.start() > text.length() / 2) {
        bodyEnd = h.start();
        break;
      }
    }
    return new PreparedText(text, masked, bodyEnd);
  }
}
