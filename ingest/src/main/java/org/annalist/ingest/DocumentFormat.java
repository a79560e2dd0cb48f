package org.annalist.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats Annalist reads. Each knows its file-name extensions; recognising a format from its
 * bytes is the {@link FormatDetector}'s job and reading it a {@link DocumentReader}'s.
 */
public enum DocumentFormat {
  PDF("pdf", "application/pdf", "pdf"),
  DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  ODT("odt", "application/vnd.oasis.opendocument.text", "odt"),
  RTF("rtf", "application/rtf", "rtf"),
  HTML("html", "text/html", "html", "htm", "xhtml"),
  MARKDOWN("markdown", "text/markdown", "md", "markdown", "mdown", "mkd"),
  TEXT("text", "text/plain", "txt", "text");

  private final String id;
  private final String mediaType;
  private final List<String> extensions;

  DocumentFormat(String id, String mediaType, String... extensions) {
    this.id = id;
    this.mediaType = mediaType;
    this.extensions = List.of(extensions);
  }

  /** A short lower-case name for tables, e.g. {@code html}. */
  public String id() {
    return id;
  }

  public String mediaType() {
    return mediaType;
  }

  /** Lower-case extensions without the dot. */
  public List<String> extensions() {
    return extensions;
  }

  /** The format a file name's extension names, if any (case-insensitive). */
  public static Optional<DocumentFormat> byExtension(String fileName) {
    String ext = extensionOf(fileName);
    for (DocumentFormat f : values()) {
      if (f.extensions.contains(ext)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The lower-case extension of the last path segment, or the empty string. */
  static String extensionOf(String fileName) {
    String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }
}
