package org.annalist.ingest;

/**
 * The labels of numbered list items as documents show them: 1, 2, 3; i, ii, iii; a, b, c. Shared
 * by the readers of formats that number lists themselves (HTML, DOCX, ODT).
 */
public final class ListNumbers {
  private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final String[] ROMAN_DIGITS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

  private ListNumbers() {
  }

  /** How a list labels its items. */
  public enum Style {
    DECIMAL, LOWER_ROMAN, UPPER_ROMAN, LOWER_LETTER, UPPER_LETTER
  }

  /**
   * The label of item {@code n}. Letters run a..z, aa, ab... (as HTML and OpenDocument count);
   * Roman numerals up to 3999; outside what a style can show, the decimal number.
   */
  public static String format(int n, Style style) {
    switch (style) {
      case LOWER_ROMAN:
        return n >= 1 && n < 4000 ? roman(n).toLowerCase(java.util.Locale.ROOT) : Integer.toString(n);
      case UPPER_ROMAN:
        return n >= 1 && n < 4000 ? roman(n) : Integer.toString(n);
      case LOWER_LETTER:
        return n >= 1 ? letters(n, 'a') : Integer.toString(n);
      case UPPER_LETTER:
        return n >= 1 ? letters(n, 'A') : Integer.toString(n);
      default:
        return Integer.toString(n);
    }
  }

  /** Word's letters repeat instead: a..z, aa, bb, cc... */
  public static String repeatedLetters(int n, boolean upper) {
    if (n < 1) {
      return Integer.toString(n);
    }
    char c = (char) ((upper ? 'A' : 'a') + (n - 1) % 26);
    return String.valueOf(c).repeat((n - 1) / 26 + 1);
  }

  private static String roman(int n) {
    StringBuilder sb = new StringBuilder();
    int rest = n;
    for (int i = 0; i < ROMAN_VALUES.length; i++) {
      while (rest >= ROMAN_VALUES[i]) {
        sb.append(ROMAN_DIGITS[i]);
        rest -= ROMAN_VALUES[i];
      }
    }
    return sb.toString();
  }

  private static String letters(int n, char a) {
    StringBuilder sb = new StringBuilder();
    int rest = n;
    while (rest > 0) {
      rest--;
      sb.append((char) (a + rest % 26));
      rest /= 26;
    }
    return sb.reverse().toString();
  }
}
