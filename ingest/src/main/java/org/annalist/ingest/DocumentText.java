package org.annalist.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * What a reader made of one file: the text people read, and facts about it.
 *
 * <p>The constructor normalizes line ends to LF (see {@link LineEnds}), so character offsets
 * counted in {@link #text()} are the offsets every later stage uses. A title is collapsed to one
 * line and cut at {@value #MAX_TITLE} characters; a blank one is absent.
 *
 * @param text     the decoded text, LF line ends
 * @param title    the document's own title (HTML {@code <title>}, DOCX core properties, first
 *                 heading...), when the format has one
 * @param format   the format it was read as
 * @param encoding the character encoding of the bytes, for formats read as text (plain text,
 *                 Markdown, HTML); empty for formats that carry their own (PDF, DOCX, ODT, RTF)
 */
public record DocumentText(String text, Optional<String> title, DocumentFormat format, Optional<TextEncoding> encoding) {
  public static final int MAX_TITLE = 300;

  public DocumentText {
    text = LineEnds.normalize(Objects.requireNonNull(text, "text"));
    title = Objects.requireNonNull(title, "title").map(DocumentText::oneLine).filter(t -> !t.isEmpty());
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(encoding, "encoding");
  }

  /** The encoding's canonical name, or the empty string where the format carries its own. */
  public String encodingName() {
    return encoding.map(TextEncoding::name).orElse("");
  }

  private static String oneLine(String s) {
    String one = s.replaceAll("[\\s\\u00A0]+", " ").strip();
    if (one.length() <= MAX_TITLE) {
      return one;
    }
    int cut = one.lastIndexOf(' ', MAX_TITLE - 1);
    return one.substring(0, cut > MAX_TITLE / 2 ? cut : MAX_TITLE - 1) + "…";
  }
}
