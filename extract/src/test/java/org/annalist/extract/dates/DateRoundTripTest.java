package org.annalist.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.annalist.model.DateExpression;
import org.annalist.model.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Seeded randomized tests: thousands of random valid dates written in each supported style are
 * parsed back to the same value; random numbers and non-date words give no date. The seed is
 * printed so a failure can be replayed (-Dannalist.seed=N).
 */
class DateRoundTripTest {
  private static final long SEED = Long.getLong("annalist.seed", 20261123L);
  private static final int N = 2000;

  private static String month(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String abbrev(LocalDate d) {
    String m = d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    return m.equals("May") ? "May" : (d.getMonthValue() == 9 ? "Sept" : m) + ".";
  }

  private static final List<Function<LocalDate, String>> STYLES = List.of(
      d -> month(d) + " " + d.getDayOfMonth() + ", " + d.getYear(),
      d -> d.getDayOfMonth() + " " + month(d) + " " + d.getYear(),
      d -> abbrev(d) + " " + d.getDayOfMonth() + ", " + d.getYear(),
      d -> d.toString(),
      d -> String.format(Locale.ROOT, "%02d/%02d/%d", d.getMonthValue(), d.getDayOfMonth(), d.getYear()),
      d -> "the " + d.getDayOfMonth() + "th of " + month(d) + " " + d.getYear());

  @Test
  void everyStyleParsesBackToTheSameDay() {
    System.out.println("DateRoundTripTest seed=" + SEED);
    Random rnd = new Random(SEED);
    DateExtractor ex = new DateExtractor(SlashOrder.MONTH_FIRST);
    for (int s = 0; s < STYLES.size(); s++) {
      for (int i = 0; i < N; i++) {
        LocalDate d = LocalDate.ofEpochDay(LocalDate.of(1000, 1, 1).toEpochDay() + rnd.nextInt(400_000));
        String written = STYLES.get(s).apply(d);
        String text = "It was signed on " + written + " at noon.";
        List<DateExpression> got = ex.extract("t", text, 0, text.length(), k -> "");
        assertThat(got).as("style %d: %s", s, text).hasSize(1);
        assertThat(got.get(0).start()).as(text).isEqualTo(new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
        assertThat(got.get(0).end()).as(text).isEmpty();
      }
    }
  }

  @Test
  void randomNumbersAndWordsAreNoDates() {
    System.out.println("DateRoundTripTest seed=" + SEED);
    Random rnd = new Random(SEED + 1);
    DateExtractor ex = new DateExtractor(SlashOrder.MONTH_FIRST);
    String[] nouns = {"soldiers", "people", "officers", "tanks", "votes", "men", "hectares", "rations", "students"};
    String[] words = {"the", "army", "treaty", "march", "may", "base", "of", "and", "signed", "troops", "number"};
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      int n = rnd.nextInt(1_000_000);
      String num = rnd.nextBoolean() ? String.format(Locale.ROOT, "%,d", n) : Integer.toString(n % 10_000);
      String text = "The report counted " + num + " " + nouns[rnd.nextInt(nouns.length)] + " and "
          + words[rnd.nextInt(words.length)] + " " + (rnd.nextInt(90) + 10) + " " + words[rnd.nextInt(words.length)] + ".";
      if (!ex.extract("t", text, 0, text.length(), k -> "").isEmpty()) {
        failures.add(text);
      }
    }
    assertThat(failures).isEmpty();
  }
}
