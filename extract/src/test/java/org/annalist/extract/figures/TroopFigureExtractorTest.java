package org.annalist.extract.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.annalist.extract.nlp.Sentence;
import org.annalist.model.Qualifier;
import org.annalist.model.TroopFigure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentences written for these tests; none is taken from the seed documents. */
class TroopFigureExtractorTest {
  /** The pre-check may let a sentence without a figure through, but never stops one with a figure. */
  @Test
  void thePreCheckNeverSkipsAFigure() {
    Pattern number = Pattern.compile(NumberParser.PATTERN, Pattern.CASE_INSENSITIVE);
    String[] words = {"Two", "THOUSAND", "men", "a", "hundred", "Million", "of", "forty-five", "the", "fort", "7", "1,500",
        "several", "dozen", "Thousands", "hundredth", "ninety", "and", "12 000", "twenty", "one"};
    long seed = 20261130L;
    Random random = new Random(seed);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int w = random.nextInt(6); w >= 0; w--) {
        sb.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "  ");
      }
      String text = sb.toString();
      if (number.matcher(text).find()) {
        assertThat(TroopFigureExtractor.mayHoldNumber(text)).as("seed %d: %s", seed, text).isTrue();
      }
    }
    assertThat(TroopFigureExtractor.mayHoldNumber("The garrison left the town.")).isFalse();
    assertThat(TroopFigureExtractor.mayHoldNumber("A THOUSAND MEN".toLowerCase(Locale.ROOT))).isTrue();
  }

  private static List<TroopFigure> find(String text) {
    return new TroopFigureExtractor().extract("t", List.of(new Sentence(0, text.length(), text, List.of())));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "A garrison of 12,000 Soviet troops was stationed at Paldiski.; 12000; EXACT",
      "Moscow demanded the right to station up to 30,000 soldiers in Latvia.; 30000; UP_TO",
      "Some 5,000 Red Army men entered Tartu.; 5000; ABOUT",
      "A 16,000-strong Soviet force was brought into Finland.; 16000; EXACT",
      "The Soviet contingent in Estonia numbered at least 25,000 men.; 25000; AT_LEAST",
      "The number of Soviet troops in Latvia was raised to 40,000.; 40000; EXACT",
      "The treaty allowed the entry of fifteen thousand soldiers into Lithuania.; 15000; EXACT",
      "Roughly 2.5 thousand German troops remained at the base.; 2500; ABOUT",
      "Soviet forces in Lithuania numbered about 20,000 by the spring.; 20000; ABOUT",
      "Soviet troops stationed in Estonia totalled 25,000.; 25000; EXACT",
      "Soviet troops in the country now number about 100,000.; 100000; ABOUT",
      "A secret protocol limited the Soviet garrisons to 25,000 men.; 25000; UP_TO",
      "The total strength of the Soviet garrison in Estonia is to reach 25,000 by December.; 25000; EXACT",
      "The base at Liepāja was manned by 6,500 Red Army and navy personnel.; 6500; EXACT",
      "Soviet military strength in Estonia rose to 32,000 by the spring.; 32000; EXACT",
      "The strength of the Soviet garrisons is fixed at 20,000.; 20000; EXACT",
      "Die Sowjets stationierten 25.000 men in Latvia, the German report said.; 25000; EXACT",
      "The Soviet garrison of 30 000 troops stayed in Lithuania.; 30000; EXACT",
      "Soviet units will move into the garrison towns, and the total will not exceed 20,000 men.; 20000; UP_TO",
      "The foreign garrison of the islands shall not exceed 10,000.; 10000; UP_TO",
      "The troops of the lessee stationed at the base are not to exceed 5,000.; 5000; UP_TO",
      "The occupying forces shall be limited to 8,000 officers and men.; 8000; UP_TO",
      "The protocol allows a maximum of 12,000 foreign soldiers at the bases.; 12000; UP_TO",
      "The bases were leased to the British garrison (limit 3000, never observed).; 3000; UP_TO",
      "The lessee may keep military forces there but insisted on limiting the number of soldiers, and this was finally fixed at 6,000.; 6000; UP_TO",
      "In 1921 first 15 thousand men of the Allied force established a garrison at Oranmore.; 15000; EXACT",
      "The occupying army had in all 15 thousand soldiers.; 15000; EXACT",
      "The Allies kept a garrison of some 6,000 at the port.; 6000; ABOUT",
      "FOREIGN GARRISON OF 4,000 MEN LANDS AT THE PORT; 4000; EXACT",
      "The treaty let some 20,000 Soviets troops be stationed at bases within the country.; 20000; ABOUT",
      "The garrison grew: 7,000 Indian reinforcements and a brigade reached the fortress.; 7000; EXACT",
      "Revolutionary army 1,000 strong under its general just entered the occupied town.; 1000; EXACT",
      "The king sent 30,000 troops to invade the island.; 30000; EXACT",
  })
  void findsFiguresWithQualifier(String sentence, long troops, Qualifier q) {
    List<TroopFigure> f = find(sentence);
    assertThat(f).as(sentence).hasSize(1);
    assertThat(f.get(0).troops()).isEqualTo(troops);
    assertThat(f.get(0).qualifier()).isEqualTo(q);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "On 1 May the Estonian army had 15,000 soldiers and 1,200 officers.",
      "The relief committee handed out 25,000 daily rations.",
      "The NKVD deported 10,000 people from Tallinn.",
      "The Soviet delegation counted 18 members.",
      "The Red Army lost about 126,875 men killed or missing in Finland.",
      "Finland mobilized some 300,000 soldiers against the Soviet troops.",
      "The Red Army attacked with about 450,000 men.",
      "In 1944 the Soviet Army returned to the occupied country.",
      "The foreign troops landed on 2 October 1939 and entered into force on 4 October 1939.",
      "Beside the foreign garrison, the island's own army was considerably smaller, about 15,000 men.",
      "Our own defence force was about 16000 while the foreign bases held more.",
      "The Lithuanian army itself numbered about 28,000 officers and men, facing the foreign garrisons.",
      "The two generals of the occupied province recruited about 50,000 men.",
      "The occupied island's police amount to 100 men, of whom 70 are stationed in the capital.",
      "The foreign bases are leased for a period not exceeding 99 years and 12 miles of coast.",
  })
  void ignoresOtherCounts(String sentence) {
    assertThat(find(sentence)).as(sentence).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Bases were built at Liepāja (naval and air force units with 10,000 troops) and Ventspils.; naval, air",
      "The Soviets stationed 20,000 troops of the 65th Rifle Corps and the 12th Tank Brigade there.; 65th Rifle Corps, 12th Tank Brigade",
      "Soviet troops (infantry and cavalry, 7,000 men) crossed the border.; infantry, cavalry",
      "Bases were set up in Latvia with 21,000 soldiers of the 2nd Rifle Corps, 10th Tank Brigade, and 4th Cavalry Division.; 2nd Rifle Corps, 10th Tank Brigade, 4th Cavalry Division",
  })
  void namesTheUnitsBesideTheFigure(String sentence, String units) {
    List<TroopFigure> f = find(sentence);
    assertThat(f).as(sentence).hasSize(1);
    assertThat(String.join(", ", f.get(0).units())).isEqualTo(units);
  }

  @org.junit.jupiter.api.Test
  void eachFigureOfAListKeepsItsOwnUnits() {
    List<TroopFigure> f = find("The Soviets stationed 12,000 troops at Paldiski, 3,000 tank troops at Haapsalu and 900 at Kärdla.");
    assertThat(f).extracting(TroopFigure::troops).containsExactly(12000L, 3000L, 900L);
    assertThat(f).extracting(x -> String.join(",", x.units())).containsExactly("", "tank", "");
  }

  @org.junit.jupiter.api.Test
  void listItemsTakeTheirContextFromTheIntroduction() {
    String intro = "By December the Soviet garrisons were as follows:";
    String item = "Saaremaa: coastal artillery, 4,000 troops";
    List<TroopFigure> f = new TroopFigureExtractor().extract("t", List.of(new Sentence(0, intro.length(), intro, List.of()),
        new Sentence(intro.length() + 1, intro.length() + 1 + item.length(), item, List.of())));
    assertThat(f).extracting(TroopFigure::troops).containsExactly(4000L);
    String alone = "Saaremaa: coastal artillery, 4,000 troops";
    assertThat(find(alone)).as("no stationing context at all").isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aSecondFigureWithoutItsNounAndAnApposition() {
    assertThat(find("Moscow demanded bases for 50,000 men in Latvia but settled for 25,000."))
        .extracting(TroopFigure::troops).containsExactly(50000L, 25000L);
    assertThat(find("The German garrison of Memel, numbering 9,000, stayed.")).extracting(TroopFigure::troops).containsExactly(9000L);
  }

  @org.junit.jupiter.api.Test
  void aRangeOfFiguresGivesAMinimumAndAMaximum() {
    List<TroopFigure> f = find("The Soviet forces now in Lithuania totaled between 150,000 and 200,000 men.");
    assertThat(f).extracting(x -> x.troops() + " " + x.qualifier()).containsExactly("150000 AT_LEAST", "200000 UP_TO");
  }

  @org.junit.jupiter.api.Test
  void aForceSentToInvadeIsThereAndTheForceItFacesIsNot() {
    assertThat(find("The occupying power sent 700,000 troops to invade, facing a mere 150,000 troops."))
        .extracting(TroopFigure::troops).containsExactly(700000L);
  }

  @org.junit.jupiter.api.Test
  void aFigureThatSharesTheNounOfTheNextAndATotalAfterTheNoun() {
    assertThat(find("The Crown had sent only 9,000 instead of the promised 12,000 soldiers to the occupied colony."))
        .extracting(TroopFigure::troops).containsExactly(9000L, 12000L);
    assertThat(find("The foreign garrison was then 3,500 or 4,000 men."))
        .extracting(TroopFigure::troops).containsExactly(3500L, 4000L);
    assertThat(find("By the convention the duke undertook to place troops at two forts, 3000 or 3500 in all."))
        .extracting(TroopFigure::troops).containsExactly(3000L, 3500L);
  }

  @org.junit.jupiter.api.Test
  void aVoyageToANamedPortIsContextThroughItsParagraph() {
    String first = "The Meade left Seattle on 2 June and arrived at Honolulu on 9 June, carrying the following officers and men: "
        + "Companies A, B and C, 14th Infantry; Signal Corps;";
    String list = "Hospital Corps; 3d Artillery; 9th Cavalry; " + "Engineers; ".repeat(60);
    String last = "making a total of 31 officers and 880 men.";
    int a = first.length() + 1;
    int b = a + list.length() + 1;
    List<Sentence> one = List.of(new Sentence(0, first.length(), first, List.of()), new Sentence(a, a + list.length(), list, List.of()),
        new Sentence(b, b + last.length(), last, List.of()));
    assertThat(new TroopFigureExtractor().extract("t", one)).extracting(TroopFigure::troops).containsExactly(880L);
    // the same figure after a blank line and a long list has no voyage to go with
    int c = first.length() + 2;
    int d = c + list.length() + 2;
    List<Sentence> apart = List.of(new Sentence(0, first.length(), first, List.of()), new Sentence(c, c + list.length(), list, List.of()),
        new Sentence(d, d + last.length(), last, List.of()));
    assertThat(new TroopFigureExtractor().extract("t", apart)).isEmpty();
    assertThat(find("The liner arrived at dawn with 900 men aboard.")).as("an arrival at no named place").isEmpty();
  }

  @org.junit.jupiter.api.Test
  void sizesBeforeAFormationWordNumbersAndTheBreakdownOfATotal() {
    assertThat(find("A 7,500-man French division occupied the port.")).extracting(TroopFigure::troops).containsExactly(7500L);
    assertThat(find("Three hundred marines landed at the harbour.")).extracting(TroopFigure::troops).containsExactly(300L);
    assertThat(find("The foreign guards stationed at the legations number 410 men: Austrian 60, Dutch 95, Swedish 105."))
        .extracting(TroopFigure::troops).containsExactly(410L, 60L, 95L, 105L);
    assertThat(find("The foreign guards stationed at the legations number 410 men: the rest are sailors."))
        .extracting(TroopFigure::troops).containsExactly(410L);
  }
}
