package org.annalist.model;

import java.util.Objects;

/**
 * One input document, already decoded.
 *
 * @param docId  the file name without its extension; unique within a run
 * @param title  the first non-blank line, trimmed
 * @param path   the path as given on the command line (relative paths stay relative)
 * @param sha256 hex SHA-256 of the file's bytes
 * @param text   the decoded text, with line ends normalized to {@code \n}
 */
public record SourceDocument(String docId, String title, String path, String sha256, String text) {
  public SourceDocument {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(text, "text");
    if (docId.isBlank()) {
      throw new IllegalArgumentException("blank docId");
    }
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
