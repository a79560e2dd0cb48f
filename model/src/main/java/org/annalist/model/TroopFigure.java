package org.annalist.model;

import java.util.List;
import java.util.Objects;

/**
 * A stated number of (foreign) troops, before it is tied to a place.
 *
 * @param troops     the number
 * @param qualifier  exact, up to, about, at least
 * @param units      unit types or formations named with the figure (infantry, 5th Rifle Division)
 * @param provenance offsets of the figure itself
 */
public record TroopFigure(long troops, Qualifier qualifier, List<String> units, Provenance provenance) {
  public TroopFigure {
    Objects.requireNonNull(qualifier, "qualifier");
    units = List.copyOf(units);
    Objects.requireNonNull(provenance, "provenance");
    if (troops <= 0) {
      throw new IllegalArgumentException("troops must be positive: " + troops);
    }
  }
}
