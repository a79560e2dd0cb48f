package org.annalist.model;

import java.util.Locale;
import java.util.Optional;

/** The three entity types of the dataset. */
public enum EntityType {
  PERSON, LOCATION, ORGANIZATION;

  /** Parses PERSON/PER, LOCATION/LOC/GPE, ORGANIZATION/ORGANISATION/ORG, any case. */
  public static Optional<EntityType> parse(String s) {
    switch (s.strip().toUpperCase(Locale.ROOT)) {
      case "PERSON": case "PER": return Optional.of(PERSON);
      case "LOCATION": case "LOC": case "GPE": return Optional.of(LOCATION);
      case "ORGANIZATION": case "ORGANISATION": case "ORG": return Optional.of(ORGANIZATION);
      default: return Optional.empty();
    }
  }
}
