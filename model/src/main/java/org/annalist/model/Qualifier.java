package org.annalist.model;

import java.util.Locale;

/** How a stated figure relates to the true number. */
public enum Qualifier {
  EXACT, UP_TO, ABOUT, AT_LEAST;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
