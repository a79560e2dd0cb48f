package org.annalist.model;

import java.util.Objects;

/**
 * A named treaty, pact or agreement mentioned in a text ("Soviet–Latvian Mutual Assistance Treaty").
 *
 * @param name       the name as written
 * @param provenance where it stands
 */
public record NamedAgreement(String name, Provenance provenance) {
  public NamedAgreement {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(provenance, "provenance");
  }
}
