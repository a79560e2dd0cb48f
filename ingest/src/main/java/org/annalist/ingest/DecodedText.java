package org.annalist.ingest;

import java.util.Objects;

/**
 * Bytes turned into text: no byte-order mark, no NUL characters, line ends as found (the
 * {@link DocumentText} normalizes them).
 */
public record DecodedText(String text, TextEncoding encoding) {
  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(encoding, "encoding");
  }
}
