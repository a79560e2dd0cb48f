package org.annalist.model;

import java.util.Objects;

/**
 * An input that could not be processed, and why, in one line.
 *
 * @param path  the path as given
 * @param error a one-line message a user can act on
 */
public record ErrorRecord(String path, String error) {
  public ErrorRecord {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(error, "error");
    if (error.contains("\n")) {
      throw new IllegalArgumentException("error message must be one line");
    }
  }
}
