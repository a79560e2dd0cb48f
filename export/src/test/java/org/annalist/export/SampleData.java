package org.annalist.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.annalist.model.Column;
import org.annalist.model.Dataset;
import org.annalist.model.Table;

/** Small datasets for writer tests, with hostile strings. */
final class SampleData {
  static final List<String> HOSTILE = List.of("plain", "comma, inside", "quote \" inside", "\"quoted\"", "line\nbreak",
      "crlf\r\nbreak", "=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-3", "@SUM(A1:A2)", "\ttab first", "emoji 🪖🇱🇹",
      "RTL שלום مرحبا", "Gaižiūnai Šešupė Żeligowski", "trailing space ", " leading", "", "null", "~", "yes", "1939-10-10",
      "# not a comment", "key: value", "- dash", "'single'", "back\\slash", "nul\u0001ctl");

  private SampleData() { }

  static Dataset dataset() {
    List<List<Object>> rows = new ArrayList<>();
    long n = 0;
    for (String s : HOSTILE) {
      rows.add(Arrays.asList(s, n * 1000, n / 3.0, n % 2 == 0, LocalDate.of(1939, 10, 1).plusDays(n)));
      n++;
    }
    rows.add(Arrays.asList(null, null, null, null, null));
    Table t = new Table("things", "hostile strings", List.of(Column.string("text", "t"), Column.integer("troops", "n"),
        Column.number("share", "x"), Column.bool("flag", "b"), Column.date("day", "d")), List.of(), rows);
    return Dataset.of(List.of(t, bases(), timeline()));
  }

  static Table bases() {
    return new Table("troops_per_base", "bases", List.of(Column.string("country", "c"), Column.string("base", "b"),
        Column.integer("troops", "t")), List.of("country", "base"),
        List.of(Arrays.asList("Latvia", "Liepāja", 10000L), Arrays.asList("Estonia", "Paldiski", 6000L)));
  }

  static Table timeline() {
    return new Table("timeline", "events", List.of(Column.date("start", "s"), Column.string("precision", "p")), List.of(),
        List.of(Arrays.asList(LocalDate.of(1939, 9, 28), "day"), Arrays.asList(LocalDate.of(1939, 10, 5), "day"),
            Arrays.asList(LocalDate.of(1940, 6, 1), "month")));
  }

  static String random(Random rnd, int len) {
    StringBuilder sb = new StringBuilder();
    int[] pool = {'a', 'Z', ',', '"', '\n', '\r', '=', '@', '+', '-', ' ', 'ž', 'ė', 0x05D0, 0x1F600, '\t', ':', '#'};
    for (int i = 0; i < len; i++) {
      sb.appendCodePoint(pool[rnd.nextInt(pool.length)]);
    }
    return sb.toString();
  }
}
