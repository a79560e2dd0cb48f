package org.annalist.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A calendar expression as found in a text, before year inference.
 *
 * @param text       the surface form
 * @param start      the first point (or the only one)
 * @param end        the last point of a range ("October 30 – November 1"), empty for a point
 * @param precision  day, month, season, year, decade or century
 * @param anchor     true when the expression sets the narrative's year ("In 1919, ..."),
 *                   false for a year used as a name ("the Concordat of 1925")
 * @param provenance where it was found
 */
public record DateExpression(String text, PartialDate start, Optional<PartialDate> end,
    DatePrecision precision, boolean anchor, Provenance provenance) {
  public DateExpression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(provenance, "provenance");
  }

  /** True when the text states no year, so the transform stage must infer one. */
  public boolean needsYear() {
    return !start.hasYear() || end.map(e -> !e.hasYear()).orElse(false);
  }
}
