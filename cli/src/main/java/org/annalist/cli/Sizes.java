package org.annalist.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes as people write them on a command line: 512MB, 2GB, 64M, 100000 (bytes). */
final class Sizes {
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMGT]?)I?B?");

  private Sizes() { }

  static long parse(String s) {
    Matcher m = SIZE.matcher(s.strip().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("expected a size such as 512MB or 2GB, got '" + s + "'");
    }
    long n = Long.parseLong(m.group(1));
    int shift = "KMGT".indexOf(m.group(2).isEmpty() ? "-" : m.group(2)) + 1;
    if (shift > 0 && n > (Long.MAX_VALUE >> (10 * shift))) {
      throw new IllegalArgumentException("size too large: " + s);
    }
    return n << (10 * shift);
  }
}
