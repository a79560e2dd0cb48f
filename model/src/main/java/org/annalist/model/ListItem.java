package org.annalist.model;

import java.util.Objects;

/**
 * A numbered item of a list such as a treaty's articles ("Article IV: ...", "Article 3 permitted ...").
 *
 * @param label      the kind of item as written, e.g. "Article"
 * @param number     the item's number as an integer (roman numerals converted)
 * @param text       the item's text, without the label and number
 * @param provenance where the item stands
 */
public record ListItem(String label, int number, String text, Provenance provenance) {
  public ListItem {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(provenance, "provenance");
    if (number <= 0) {
      throw new IllegalArgumentException("item number must be positive: " + number);
    }
  }
}
