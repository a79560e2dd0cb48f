package org.annalist.model;

import java.util.Locale;

/** How much of the calendar a date expression pins down. */
public enum DatePrecision {
  DAY, MONTH, SEASON, YEAR, DECADE, CENTURY;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
