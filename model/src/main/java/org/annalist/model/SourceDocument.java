package org.annalist.model;

import java.util.Objects;

/**
 * One input document, already decoded.
 *
 * @param docId    the file name without its extension; unique within a run
 * @param title    the document's title (an HTML or Word title, else the first non-blank line), trimmed
 * @param path     the path as given on the command line (relative paths stay relative)
 * @param sha256   hex SHA-256 of the file's bytes
 * @param text     the decoded text, with line ends normalized to {@code \n}
 * @param format   the format it was read as ("text", "markdown", "html", "pdf", "docx", ...)
 * @param encoding the character encoding it was decoded from ("UTF-8", "windows-1252", ...), or the
 *                 empty string for formats that carry their own (PDF, DOCX)
 */
public record SourceDocument(String docId, String title, String path, String sha256, String text, String format,
    String encoding) {
  public SourceDocument {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(encoding, "encoding");
    if (docId.isBlank()) {
      throw new IllegalArgumentException("blank docId");
    }
  }

  /** A UTF-8 plain-text document. */
  public SourceDocument(String docId, String title, String path, String sha256, String text) {
    this(docId, title, path, sha256, text, "text", "UTF-8");
  }

  /** The first non-blank line of {@code text}, trimmed, or the empty string. */
  public static String titleOf(String text) {
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank()) {
        return line.strip();
      }
    }
    return "";
  }
}
