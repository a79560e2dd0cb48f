package org.annalist.export;

import java.time.LocalDate;

/** Text forms of cell values shared by the text formats; never locale- or platform-dependent. */
final class Cells {
  private Cells() { }

  /** The text of a value: integers and booleans as Java prints them, decimals plainly (whole ones without ".0"), dates ISO. */
  static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return Long.toString(d.longValue());
      }
      return java.math.BigDecimal.valueOf(d).toPlainString();
    }
    if (v instanceof LocalDate d) {
      return d.toString();
    }
    return v.toString();
  }

  /** Text as HTML text or attribute value: the characters HTML gives a meaning escaped. */
  static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
