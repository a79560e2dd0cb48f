package org.annalist.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar point that may lack its year, month or day, as written in a text ("October 3",
 * "March 1940", "1926"). Zero means "not stated"; a stated value is always valid, so impossible
 * dates such as February 30 cannot be represented.
 *
 * @param year  1..9999, or 0 when the text gives no year
 * @param month 1..12, or 0
 * @param day   1..31 (checked against month and, when known, year), or 0
 */
public record PartialDate(int year, int month, int day) {
  public PartialDate {
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("year " + year);
    }
    if (month < 0 || month > 12) {
      throw new IllegalArgumentException("month " + month);
    }
    if (day < 0 || day > 31 || (day > 0 && month == 0)) {
      throw new IllegalArgumentException("day " + day + " of month " + month);
    }
    if (day > 0) {
      // a leap year (2000) stands in for an unknown year, so February 29 stays possible
      int maxDay = YearMonth.of(year == 0 ? 2000 : year, month).lengthOfMonth();
      if (day > maxDay) {
        throw new IllegalArgumentException("no day " + day + " in month " + month + " of " + year);
      }
    }
  }

  /** True when the fields make a real date; use before constructing from untrusted numbers. */
  public static boolean isValid(int year, int month, int day) {
    try {
      new PartialDate(year, month, day);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public boolean hasYear() {
    return year > 0;
  }

  public PartialDate withYear(int newYear) {
    return new PartialDate(newYear, month, day);
  }

  /** First day covered; needs a year. */
  public LocalDate firstDay() {
    requireYear();
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /** Last day covered; needs a year. */
  public LocalDate lastDay() {
    requireYear();
    if (month == 0) {
      return LocalDate.of(year, 12, 31);
    }
    if (day == 0) {
      return YearMonth.of(year, month).atEndOfMonth();
    }
    return LocalDate.of(year, month, day);
  }

  /** ISO 8601 at the precision stated: YYYY, YYYY-MM or YYYY-MM-DD. */
  public String iso() {
    requireYear();
    if (month == 0) {
      return String.format(java.util.Locale.ROOT, "%04d", year);
    }
    if (day == 0) {
      return String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
    }
    return String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
  }

  private void requireYear() {
    if (year == 0) {
      throw new IllegalStateException("date has no year: " + this);
    }
  }
}
