package org.annalist.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.annalist.model.DateExpression;
import org.annalist.model.DatePrecision;
import org.annalist.model.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Sentences written for these tests, in the styles of encyclopedias, dispatches and 1939-40 newspapers. */
class DateExtractorTest {
  private final DateExtractor dates = new DateExtractor(SlashOrder.MONTH_FIRST);

  /** Pieces of dated prose, run together at random so that every rule meets its cues and near misses. */
  private static final List<String> PIECES = List.of("January", "March", "May", "June", "Sept.", "Sep", "Dec.", "Oct", "the",
      "The", "between", "Between", "and", "or", "&", "to", "until", "through", "of", "on", "On", "in", "In", "since", "by",
      "its", "last", "early", "late", "mid", "mid-", "spring", "Summer", "autumn", "Fall", "winter", "twenties", "forties",
      "19th", "XX", "XIX", "century", "Century", "VII", "IV", "X", "I", "3", "03", "14", "31", "1st", "22nd", "1939", "1940",
      "1920s", "20s", "40", "1939-10-12", "12/10/1939", "23.10.1939", "18.10", "1939–40", "1918-1920", "-", "–", "—", "/",
      ",", ".", "(", ")", "%", "strong", "people", "end", "beginning", "half", "dated", "from", "From", "ultimatum", "Árvíztűrő");
  private static final List<String> GAPS = List.of(" ", " ", " ", "  ", "\n", ", ", "", "-");

  @Test
  void preChecksNeverChangeWhatMatches() {
    long seed = 1939_10_10L;
    System.out.println("DateExtractorTest seed " + seed);
    java.util.Random rnd = new java.util.Random(seed);
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 200_000) {
      sb.append(PIECES.get(rnd.nextInt(PIECES.size()))).append(GAPS.get(rnd.nextInt(GAPS.size())));
    }
    String text = sb.toString();
    int matches = 0;
    for (DateExtractor.Rule rule : dates.rules()) {
      java.util.regex.Matcher fast = rule.pattern().matcher(text);
      java.util.regex.Matcher plain = java.util.regex.Pattern.compile(rule.regex()).matcher(text);
      for (java.util.regex.Matcher m : List.of(fast, plain)) {
        m.region(7, text.length() - 5);
        m.useTransparentBounds(true);
      }
      while (true) {
        boolean f = fast.find();
        assertThat(plain.find()).as(rule.regex()).isEqualTo(f);
        if (!f) {
          break;
        }
        assertThat(fast.start()).as(rule.regex()).isEqualTo(plain.start());
        assertThat(fast.end()).as(rule.regex()).isEqualTo(plain.end());
        matches++;
      }
    }
    assertThat(matches).isGreaterThan(5_000);
  }

  private List<DateExpression> find(String text) {
    return dates.extract("t", text, 0, text.length(), i -> "");
  }

  private String one(String text) {
    List<DateExpression> ds = find(text);
    assertThat(ds).as(text).hasSize(1);
    DateExpression d = ds.get(0);
    return d.text() + " | " + show(d.start()) + d.end().map(e -> "/" + show(e)).orElse("") + " | " + d.precision();
  }

  private static String show(PartialDate p) {
    return p.year() + "-" + p.month() + "-" + p.day();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "The envoy left Tallinn on March 3, 1940, by train.; March 3, 1940 | 1940-3-3 | DAY",
      "The peace was concluded at Riga, July 9,1921.; July 9,1921 | 1921-7-9 | DAY",
      "The siege lasted from October 1870 to January 1871.; October 1870 to January 1871 | 1870-10-0/1871-1-0 | MONTH",
      "Weeks after its August defeat the army withdrew.; August | 0-8-0 | MONTH",
      "The June ultimatum ended the republic.; June | 0-6-0 | MONTH",
      "Signed at Moscow, 5 October 1939.; 5 October 1939 | 1939-10-5 | DAY",
      "Dated Oct. 11, 1939, the note said little.; Oct. 11, 1939 | 1939-10-11 | DAY",
      "The archive copy is stamped 1939-10-12.; 1939-10-12 | 1939-10-12 | DAY",
      "Talks opened on 10/02/1939 in the Kremlin.; 10/02/1939 | 1939-10-2 | DAY",
      "Talks opened on 25/10/1939 in the Kremlin.; 25/10/1939 | 1939-10-25 | DAY",
      "The garrison arrived on November 18.; November 18 | 0-11-18 | DAY",
      "The garrison arrived on 18 November.; 18 November | 0-11-18 | DAY",
      "Ratification followed in March 1940.; March 1940 | 1940-3-0 | MONTH",
      "By mid-June 1940 the tanks had crossed.; mid-June 1940 | 1940-6-0 | MONTH",
      "Riots broke out on October 30 – November 1.; October 30 – November 1 | 0-10-30/0-11-1 | DAY",
      "The congress sat on August 3-6, 1940.; August 3-6, 1940 | 1940-8-3/1940-8-6 | DAY",
      "The assembly met on 21–22 July 1940.; 21–22 July 1940 | 1940-7-21/1940-7-22 | DAY",
      "He served as minister from 1933 to 1938.; from 1933 to 1938 | 1933-0-0/1938-0-0 | YEAR",
      "The republic existed between 1918 and 1940.; between 1918 and 1940 | 1918-0-0/1940-0-0 | YEAR",
      "Elections were held in the summer of 1940.; the summer of 1940 | 1940-0-0 | SEASON",
      "Land reform was carried out in the 1920s.; 1920s | 1920-0-0/1929-0-0 | DECADE",
      "This land was Swedish in the 17th century.; 17th century | 1600-0-0/1699-0-0 | CENTURY",
      "The regime fell in 1926.; 1926 | 1926-0-0 | YEAR",
      "The 1920 treaty fixed the border.; 1920 | 1920-0-0 | YEAR",
      "Under the Concordat of 1925 the see moved.; 1925 | 1925-0-0 | YEAR",
      "Parliament condemned it later (2007).; 2007 | 2007-0-0 | YEAR",
      "The Winter War of 1939-40 followed.; 1939-40 | 1939-0-0/1940-0-0 | YEAR",
      "In April the delegation returned.; April | 0-4-0 | MONTH",
      "The garrison was complete by the end of November.; November | 0-11-0 | MONTH",
      "The advance party arrived in Paldiski on 18.10 by rail.; 18.10 | 0-10-18 | DAY",
      "Tallinn, 23.10.1939.; 23.10.1939 | 1939-10-23 | DAY",
      "Under the pact signed on the 5th of October, 1939, bases were built.; the 5th of October, 1939 | 1939-10-5 | DAY",
      "On December 2nd, 1939, the ministry complained.; December 2nd, 1939 | 1939-12-2 | DAY",
      "WASHINGTON, Oct 10 — officials studied the reports.; Oct 10 | 0-10-10 | DAY",
      "Report of the consulate, dated 3 VII 1940.; 3 VII 1940 | 1940-7-3 | DAY",
      "Tanks crossed the border in the night of 14/15 June 1940.; 14/15 June 1940 | 1940-6-14/1940-6-15 | DAY",
      "The budget year 1939/40 ended badly.; 1939/40 | 1939-0-0/1940-0-0 | YEAR",
      "Copyright 1940 by The Associated Press.; 1940 | 1940-0-0 | YEAR",
      "The garrison was evacuated between 26 October and 2 December 1941 by sea.; 26 October and 2 December 1941 | 1941-10-26/1941-12-2 | DAY",
      "The troops who entered Latvia on 17 VI have occupied all points.; 17 VI | 0-6-17 | DAY",
      "CONVENTION SIGNED AT GENEVA, JUNE 3RD, 1927, BY THE POWERS; JUNE 3RD, 1927 | 1927-6-3 | DAY",
      "Convoys from Lisbon to Luanda, 1917 (a ledger of the port); 1917 | 1917-0-0 | YEAR",
  })
  void recognizesCommonStyles(String sentence, String expected) {
    assertThat(one(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "The army had 22,265 soldiers and 1,728 officers.",
      "The total number of victims was 4884 people.",
      "Some 15,424 people were deported.",
      "Article 1920 does not exist.",
      "He may return in time; the cabinet will march on.",
      "Turnout was 1940 votes in the district.",
      "The fortress held 1500 men.",
      "The plan called for 5-10 years of work.",
  })
  void countsAndWordsAreNotDates(String sentence) {
    assertThat(find(sentence)).as(sentence).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "The note is dated February 30, 1940.",
      "The file says 1939-13-01.",
      "It happened on April 31.",
      "Recorded as 31/31/1939 in the ledger.",
  })
  void impossibleDatesAreRejectedWhole(String sentence) {
    assertThat(find(sentence)).as(sentence).isEmpty();
  }

  @Test
  void yearsThatPlaceTheNarrativeAreAnchors() {
    List<DateExpression> ds = find("In 1919, the front moved. The Concordat of 1925 was signed; talks went on since 1920.");
    assertThat(ds.stream().map(d -> d.text() + ":" + d.anchor()).collect(Collectors.toList()))
        .containsExactly("1919:true", "1925:false", "1920:false");
  }

  @Test
  void dayFirstPolicyReadsAmbiguousNumericDatesTheOtherWay() {
    DateExtractor dayFirst = new DateExtractor(SlashOrder.DAY_FIRST);
    String t = "Signed 10/02/1939.";
    DateExpression d = dayFirst.extract("t", t, 0, t.length(), i -> "").get(0);
    assertThat(d.start()).isEqualTo(new PartialDate(1939, 2, 10));
    assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
  }

  @Test
  void yearsThatDateAHeading() {
    assertThat(find("1927: Poland\n\nThe frontier was fixed.")).extracting(DateExpression::text).containsExactly("1927");
    assertThat(find("Convoys from Lisbon to Luanda, 1917\nThe ships sailed.")).extracting(DateExpression::text).containsExactly("1917");
    assertThat(find("Of the garrison, 1917 stayed behind.")).isEmpty();
  }

  @Test
  void yearsInAListAreAllDates() {
    assertThat(find("Elections were held in 1918, 1919 and 1920.")).extracting(DateExpression::text)
        .containsExactly("1918", "1919", "1920");
    assertThat(find("Losses were 1,918, 1,919 and 1,920 men.")).isEmpty();
  }

  @Test
  void referencePointsAreNotWhereTheNarrativeIs() {
    List<DateExpression> ds = find("Refugees interned since September 1939 were questioned on 21 June 1940.");
    assertThat(ds.stream().map(d -> d.text() + ":" + d.anchor()).collect(Collectors.toList()))
        .containsExactly("September 1939:false", "21 June 1940:true");
  }

  @Test
  void aLookAheadIsNotWhereTheNarrativeIs() {
    List<DateExpression> ds = find("Talks began on March 2, 1939. The pact was finally annulled on May 4, 1945. On March 9 he left.");
    assertThat(ds.stream().map(d -> d.text() + ":" + d.anchor()).collect(Collectors.toList()))
        .containsExactly("March 2, 1939:true", "May 4, 1945:false", "March 9:false");
  }

  @Test
  void aPartOfAMonthPlacesTheNarrativeButAPactOfAMonthDoesNot() {
    assertThat(find("In the first days of June 1941 the board inspected the base.").get(0).anchor()).isTrue();
    assertThat(find("At the end of May 1920 the talks broke off.").get(0).anchor()).isTrue();
    assertThat(find("The pact of June 1941 was forgotten.").get(0).anchor()).isFalse();
  }
}
