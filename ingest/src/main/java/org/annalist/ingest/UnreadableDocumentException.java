package org.annalist.ingest;

/**
 * A document that cannot be read, with a reason of one line fit for a row of {@code errors.csv}
 * (e.g. "scanned PDF without a text layer (no OCR)").
 */
public final class UnreadableDocumentException extends Exception {
  private static final long serialVersionUID = 1L;
  private static final int MAX_REASON = 300;
  private static final java.util.regex.Pattern QUALIFIED_PREFIX =
      java.util.regex.Pattern.compile("^(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ");

  public UnreadableDocumentException(String reason) {
    super(oneLine(reason));
  }

  public UnreadableDocumentException(String reason, Throwable cause) {
    super(oneLine(reason), cause);
  }

  /** The one-line reason. */
  public String reason() {
    return getMessage();
  }

  /**
   * A library's message squeezed to one line: first line only, whitespace collapsed, cut to a
   * readable length. Exceptions without a message are named by their class.
   */
  public static String describe(Throwable t) {
    String m = t.getMessage();
    if (m == null || m.isBlank()) {
      return t.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    String first = nl > 0 ? m.substring(0, nl) : m;
    // wrapped exceptions repeat the cause's class name: "org.apache.x.SomeException: the message"
    String bare = QUALIFIED_PREFIX.matcher(first).replaceFirst("");
    return oneLine(bare.isBlank() ? first : bare);
  }

  private static String oneLine(String s) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException("a reason is required");
    }
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= MAX_REASON ? one : one.substring(0, MAX_REASON - 1) + "…";
  }
}
