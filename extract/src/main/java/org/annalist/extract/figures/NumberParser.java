package org.annalist.extract.figures;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.annalist.model.text.Regex;

/** Reads numbers written with digits ("18,786", "2.5 million", "25 thousand") or words ("twenty thousand"). */
public final class NumberParser {
  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90), Map.entry("a", 1), Map.entry("hundred", 100));
  /** A regular expression for the numbers {@link #parse} reads. */
  public static final String PATTERN =
      "(?:\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?![\\d,.])|\\d+(?:\\.\\d+)?)(?:\\s+(?:thousand|million))?"
      + "|(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
      + "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a)"
      + "(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?(?:\\s+hundred)?\\s+(?:thousand|million))"
      // "four hundred", "two hundred and fifty"
      + "|(?:(?:one|two|three|four|five|six|seven|eight|nine|a)\\s+hundred(?:\\s+and\\s+(?:twenty|thirty|forty|fifty|sixty|seventy"
      + "|eighty|ninety|ten|eleven|twelve|fifteen)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)?)";

  private NumberParser() { }

  public static OptionalLong parse(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    long mult = 1;
    if (t.endsWith("thousand")) {
      mult = 1000;
      t = t.substring(0, t.length() - "thousand".length()).strip();
    } else if (t.endsWith("million")) {
      mult = 1_000_000;
      t = t.substring(0, t.length() - "million".length()).strip();
    }
    if (t.isEmpty()) {
      return OptionalLong.empty();
    }
    if (Character.isDigit(t.charAt(0))) {
      // "30 000" and "25.000" are thousands, as European texts write them
      t = Regex.replaceAll(t, "[ \u00a0\u202f]", "");
      if (Regex.matches(t, "\\d{1,3}(?:\\.\\d{3})+")) {
        t = t.replace(".", "");
      }
      try {
        double d = Double.parseDouble(t.replace(",", ""));
        return OptionalLong.of(Math.round(d * mult));
      } catch (NumberFormatException e) {
        return OptionalLong.empty();
      }
    }
    long value = 0;
    for (String w : Regex.split(t, "[-\\s]+")) {
      if (w.equals("and")) {
        continue;
      }
      Integer v = WORDS.get(w);
      if (v == null) {
        return OptionalLong.empty();
      }
      value = v == 100 ? Math.max(1, value) * 100 : value + v;
    }
    return OptionalLong.of(value * mult);
  }
}
