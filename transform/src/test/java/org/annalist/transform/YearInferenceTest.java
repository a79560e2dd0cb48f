package org.annalist.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.annalist.transform.Fixtures.date;

import java.util.List;
import java.util.OptionalInt;
import org.annalist.model.DateExpression;
import org.junit.jupiter.api.Test;

/** Narratives written for these tests: flash-forwards, asides and year changes. */
class YearInferenceTest {
  private static List<String> values(List<DateExpression> ds, OptionalInt ref) {
    return new YearInference(ref).resolve(ds).stream().map(r -> r.value() + (r.yearInferred() ? "*" : "")).toList();
  }

  @Test
  void aFlashForwardDoesNotMoveTheNarrative() {
    String t = "Talks began on March 2, 1939. The pact was finally annulled on May 4, 1945. On March 9 the envoy returned; "
        + "on April 2 he signed.";
    // the extractor marks "finally ... May 4, 1945" as a look ahead, not a point of the narrative
    List<DateExpression> ds = List.of(date(t, "March 2, 1939", 1939, 3, 2, true), date(t, "May 4, 1945", 1945, 5, 4, false),
        date(t, "March 9", 0, 3, 9, false), date(t, "April 2", 0, 4, 2, false));
    assertThat(values(ds, OptionalInt.empty())).containsExactly("1939-03-02", "1945-05-04", "1939-03-09*", "1939-04-02*");
  }

  @Test
  void theNarrativeMovesIntoTheNextYear() {
    String t = "The army crossed on November 28, 1939. Fighting went on through December 20. The peace came on March 13, 1940. "
        + "On June 17 new troops arrived, and on July 1 the government fell.";
    List<DateExpression> ds = List.of(date(t, "November 28, 1939", 1939, 11, 28, true), date(t, "December 20", 0, 12, 20, false),
        date(t, "March 13, 1940", 1940, 3, 13, true), date(t, "June 17", 0, 6, 17, false), date(t, "July 1", 0, 7, 1, false));
    assertThat(values(ds, OptionalInt.empty()))
        .containsExactly("1939-11-28", "1939-12-20*", "1940-03-13", "1940-06-17*", "1940-07-01*");
  }

  @Test
  void theNarrativeMayRunIntoAYearItNeverStates() {
    String t = "The council met on October 30, 1926. It sat in Kaunas until February, and about April 3 it dissolved.";
    List<DateExpression> ds = List.of(date(t, "October 30, 1926", 1926, 10, 30, true), date(t, "February", 0, 2, 0, false),
        date(t, "April 3", 0, 4, 3, false));
    assertThat(values(ds, OptionalInt.empty())).containsExactly("1926-10-30", "1927-02*", "1927-04-03*");
    // a month-day close before the stated date stays in its year
    String u = "The council met on October 30, 1926. On September 28 the call had gone out.";
    List<DateExpression> es = List.of(date(u, "October 30, 1926", 1926, 10, 30, true), date(u, "September 28", 0, 9, 28, false));
    assertThat(values(es, OptionalInt.empty())).containsExactly("1926-10-30", "1926-09-28*");
  }

  @Test
  void aRepeatedMonthDayTakesTheYearItWasFirstGivenWith() {
    String t = "The delegation left on October 7, 1939. Years later, on January 5, 1941, a sale followed. On October 7 the talks "
        + "resumed.";
    List<DateExpression> ds = List.of(date(t, "October 7, 1939", 1939, 10, 7, true), date(t, "January 5, 1941", 1941, 1, 5, true),
        date(t, "October 7", 0, 10, 7, false));
    assertThat(values(ds, OptionalInt.empty())).containsExactly("1939-10-07", "1941-01-05", "1939-10-07*");
  }

  @Test
  void aYearThatPlacesTheNarrativeCountsAndAReferenceDoesNot() {
    String t = "Under the Concordat of 1925 nothing moved. In 1919, the front collapsed; in April the city fell.";
    List<DateExpression> ds = List.of(date(t, "1925", 1925, 0, 0, false), date(t, "1919", 1919, 0, 0, true),
        date(t, "April", 0, 4, 0, false));
    assertThat(values(ds, OptionalInt.empty())).containsExactly("1925", "1919", "1919-04*");
  }

  @Test
  void withoutAnyYearOnlyTheReferenceDateHelps() {
    String t = "On June 15 the troops came.";
    List<DateExpression> ds = List.of(date(t, "June 15", 0, 6, 15, false));
    assertThat(values(ds, OptionalInt.empty())).containsExactly("");
    assertThat(values(ds, OptionalInt.of(1940))).containsExactly("1940-06-15*");
  }

  @Test
  void aReportWhoseOnlyYearIsAReferenceStillHasAPeriod() {
    String t = "STOCKHOLM, June 18. Tanks were seen on June 17th. (1940)";
    List<DateExpression> ds = List.of(date(t, "June 18", 0, 6, 18, false), date(t, "June 17", 0, 6, 17, false),
        date(t, "1940", 1940, 0, 0, false));
    assertThat(values(ds, OptionalInt.empty())).containsExactly("1940-06-18*", "1940-06-17*", "1940");
  }

  @Test
  void aMonthDayRepeatedAYearLaterFollowsTheNarrative() {
    String t = "Talks opened on May 3, 1919. The front held through the winter. On February 9, 1920 the talks resumed; "
        + "on April 14 a truce was signed, on May 3 the armies withdrew, and on June 1 the envoys left.";
    List<DateExpression> ds = List.of(date(t, "May 3, 1919", 1919, 5, 3, true), date(t, "February 9, 1920", 1920, 2, 9, true),
        date(t, "April 14", 0, 4, 14, false), date(t, "May 3", 0, 5, 3, false), date(t, "June 1", 0, 6, 1, false));
    assertThat(values(ds, OptionalInt.empty()))
        .containsExactly("1919-05-03", "1920-02-09", "1920-04-14*", "1920-05-03*", "1920-06-01*");
  }
}
