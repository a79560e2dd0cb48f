package org.annalist.ingest;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The character encoding a text was decoded with, and what it rests on.
 *
 * @param charset  the encoding; ISO-8859-1 is always reported as windows-1252, its superset
 * @param evidence why this encoding was chosen
 */
public record TextEncoding(Charset charset, Evidence evidence) {
  public TextEncoding {
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** The canonical charset name, e.g. {@code UTF-8}, {@code UTF-16LE}, {@code windows-1252}. */
  public String name() {
    return charset.name();
  }

  /** What an encoding choice rests on, strongest first. */
  public enum Evidence {
    /** Given by the user (--encoding). */
    FORCED,
    /** A byte-order mark. */
    BYTE_ORDER_MARK,
    /** NUL bytes in every other position: UTF-16 without a byte-order mark. */
    NUL_PATTERN,
    /** The bytes are valid UTF-8 (plain ASCII included). */
    VALID_UTF8,
    /** Declared by the document itself (an HTML {@code <meta charset>}). */
    DECLARED,
    /** Mostly valid UTF-8; the few invalid bytes became U+FFFD. */
    UTF8_WITH_ERRORS,
    /** A statistical detector (juniversalchardet) was confident. */
    DETECTED
  }
}
