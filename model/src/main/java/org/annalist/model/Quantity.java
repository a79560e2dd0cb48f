package org.annalist.model;

import java.util.Objects;

/**
 * A number with what it counts ("22,265 soldiers", "6,739 km2", "7.5 million dollars").
 *
 * @param value      the number
 * @param counted    the noun it counts, as written ("soldiers"), empty when the text names none
 * @param text       the number and its noun as written
 * @param provenance where it stands
 */
public record Quantity(double value, String counted, String text, Provenance provenance) {
  public Quantity {
    Objects.requireNonNull(counted, "counted");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(provenance, "provenance");
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("not a number: " + value);
    }
  }
}
