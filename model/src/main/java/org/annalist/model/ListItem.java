package org.annalist.model;

import java.util.Objects;

/**
 * A numbered provision of a treaty, protocol or agreement, as listed ("Article IV: ...", "2. New
 * frontiers are fixed ...") or named in prose ("Article 3 stipulated ...").
 *
 * @param label      the kind of provision, e.g. "Article", "Clause", "Term", "Paragraph"
 * @param number     the item's number as an integer (roman numerals converted)
 * @param text       the item's text, without the label and number
 * @param provenance where the item stands
 */
public record ListItem(String label, int number, String text, Provenance provenance) {
  /** Extractor name of an item named in running prose ("Article 5 grants ..."), not listed. */
  public static final String PROSE_SOURCE = "article-prose";

  public ListItem {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(provenance, "provenance");
    if (number <= 0) {
      throw new IllegalArgumentException("item number must be positive: " + number);
    }
  }
}
