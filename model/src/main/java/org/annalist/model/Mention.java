package org.annalist.model;

import java.util.Objects;

/**
 * A named-entity mention as found in a document.
 *
 * @param type the entity type
 * @param text the surface form, exactly as in the text
 * @param provenance where it was found; {@code extractor} is model, gazetteer or rule
 */
public record Mention(EntityType type, String text, Provenance provenance) {
  public Mention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(provenance, "provenance");
    if (text.isBlank()) {
      throw new IllegalArgumentException("blank mention");
    }
  }

  public int start() {
    return provenance.start();
  }

  public int end() {
    return provenance.end();
  }
}
