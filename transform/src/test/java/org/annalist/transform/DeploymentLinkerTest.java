package org.annalist.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.annalist.transform.Fixtures.figure;

import java.util.List;
import org.annalist.model.DocumentExtraction;
import org.annalist.model.knowledge.Gazetteer;
import org.junit.jupiter.api.Test;

/** Texts written for these tests; places chosen from the whole region, not from the seeds' answers. */
class DeploymentLinkerTest {
  private static final Gazetteer G = Gazetteer.bundled();

  private static List<String> link(String marked, String... numbers) {
    String plain = marked.replaceAll("\\[\\[([^|\\]]+)\\|\\w+\\]\\]", "$1");
    List<org.annalist.model.TroopFigure> figs = new java.util.ArrayList<>();
    for (String n : numbers) {
      int start = plain.lastIndexOf('.', plain.indexOf(n)) + 1;
      int end = plain.indexOf('.', plain.indexOf(n) + n.length());
      figs.add(figure(plain, n, Long.parseLong(n.replaceAll("[, ]", "")), plain.substring(start, end + 1)));
    }
    DocumentExtraction d = Fixtures.doc(marked, figs, List.of(), List.of(), "t");
    return new DeploymentLinker(G, Canonicalizer.forDocument(G, d.mentions())).link(d).stream()
        .map(x -> (x.written().equals(x.place()) ? x.place() : x.written() + "=" + x.place()) + "/" + x.kind() + "/" + x.country()
            + "/" + x.troops() + "/" + x.linkedBy()).toList();
  }

  @Test
  void aPlaceBeforeTheParenthesisIsTheBase() {
    assertThat(link("Soviet garrisons were set up in [[Paldiski|LOCATION]] (naval units with 6,000 troops) and "
        + "[[Haapsalu|LOCATION]] (air units with 1,500 soldiers).", "6,000", "1,500"))
        .containsExactly("Paldiski/base/Estonia/6000/parenthesis", "Haapsalu/base/Estonia/1500/parenthesis");
  }

  @Test
  void theHostInTheSentenceIsNotTheSender() {
    assertThat(link("The [[USSR|LOCATION]] sent a 25,000-strong Soviet contingent into [[Latvia|LOCATION]].", "25,000"))
        .containsExactly("Latvia/country/Latvia/25000/sentence");
  }

  @Test
  void withoutAPlaceTheDocumentsHostCountryIsUsed() {
    assertThat(link("[[Estonia|LOCATION]] signed. [[Estonia|LOCATION]] waited. [[Germany|LOCATION]] watched. "
        + "Later the Soviet troops were cut to 12,000.", "12,000"))
        .containsExactly("Estonia/country/Estonia/12000/document");
  }

  @Test
  void aPlaceOutsideTheFiguresClauseIsNotItsPlace() {
    assertThat(link("[[Latvia|LOCATION]] waited. About 90,000 Soviet troops moved into the country, besides the garrisons at "
        + "[[Liepāja|LOCATION]].", "90,000"))
        .containsExactly("Latvia/country/Latvia/90000/document");
  }

  @Test
  void troopsOnTheFrontierAreInNoCountry() {
    assertThat(link("[[Latvia|LOCATION]] waited. The Red Army massed some 100,000 troops on the Latvian border.", "100,000")).isEmpty();
  }

  @Test
  void aRelativeClauseBelongsToThePlaceBeforeIt() {
    assertThat(link("[[Finland|LOCATION]] was asked to lease [[Hanko|LOCATION]] peninsula, where a garrison of 5,000 men would "
        + "be kept.", "5,000")).containsExactly("Hanko/base/Finland/5000/relative clause");
  }

  @Test
  void aRelativeClauseLooksBackToTheTownInTheClauseBefore() {
    assertThat(link("[[Finland|LOCATION]] leased [[Hanko|LOCATION]] to the [[Soviet Union|LOCATION]] for thirty years, where "
        + "the Soviets kept a garrison of 25,000 troops.", "25,000")).containsExactly("Hanko/base/Finland/25000/relative clause");
  }

  @Test
  void theOnlyPlaceOfTheClause() {
    assertThat(link("[[Finland|LOCATION]] waited. Moscow asked for a lease of the [[Hanko|LOCATION]] peninsula for a base with a "
        + "Soviet garrison of 5,000 men.", "5,000")).containsExactly("Hanko/base/Finland/5000/clause");
  }

  @Test
  void aListItemHeadedByAPlace() {
    assertThat(link("Soviet garrisons in [[Estonia|LOCATION]]:\n  • [[Paldiski|LOCATION]]: naval base, about 7,000 men\n", "7,000"))
        .containsExactly("Paldiski/base/Estonia/7000/list item");
  }

  @Test
  void thePlaceIsKeptAsWrittenBesideItsCanonicalName() {
    assertThat(link("The German garrison of [[Memel|LOCATION]], numbering 9,000, stayed.", "9,000"))
        .containsExactly("Memel=Klaipėda/base/Lithuania/9000/sentence");
  }

  @Test
  void aFigureInParenthesesBelongsToTheClauseAroundThem() {
    assertThat(link("[[Latvia|LOCATION]] waited. In [[Estonia|LOCATION]] the Red Army kept two divisions (about 21,000 men) at the "
        + "bases of [[Paldiski|LOCATION]] and [[Haapsalu|LOCATION]], while [[Latvia|LOCATION]] waited.", "21,000"))
        .containsExactly("Estonia/country/Estonia/21000/sentence");
  }

  @Test
  void aGarrisonInAnArticleAboutOneBase() {
    String marked = "[[Hanko|LOCATION]] Naval Base\nIt lies in [[Finland|LOCATION]]. The Soviet garrison numbered about 25,000 men.";
    String plain = marked.replaceAll("\\[\\[([^|\\]]+)\\|\\w+\\]\\]", "$1");
    var f = figure(plain, "25,000", 25000, "The Soviet garrison numbered about 25,000 men.");
    DocumentExtraction d = Fixtures.doc(marked, List.of(f), List.of(), List.of(), "Hanko Naval Base");
    assertThat(new DeploymentLinker(G, Canonicalizer.forDocument(G, d.mentions())).link(d))
        .extracting(x -> x.place() + "/" + x.kind() + "/" + x.linkedBy()).containsExactly("Hanko/base/title");
  }

  @Test
  void aDispatchThatNamesOnlyThePeople() {
    assertThat(link("The Lithuanian Government published the agreement with the [[Soviet Union|LOCATION]]. Lithuanian troops "
        + "moved. The strength of the Soviet garrisons is fixed at 20,000.", "20,000"))
        .containsExactly("Lithuania/country/Lithuania/20000/document");
  }

  @Test
  void oneFigureForCoordinatedPlacesIsOneRowListingBoth() {
    String marked = "[[Estonia|LOCATION]] waited. The pact allowed 12,000 Soviet troops in [[Saaremaa|LOCATION]] and "
        + "[[Hiiumaa|LOCATION]].";
    assertThat(link(marked, "12,000")).containsExactly("Saaremaa and Hiiumaa/base/Estonia/12000/sentence");
    String plain = marked.replaceAll("\\[\\[([^|\\]]+)\\|\\w+\\]\\]", "$1");
    DocumentExtraction d = Fixtures.doc(marked, List.of(figure(plain, "12,000", 12000,
        "The pact allowed 12,000 Soviet troops in Saaremaa and Hiiumaa.")), List.of(), List.of(), "t");
    assertThat(new DeploymentLinker(G, Canonicalizer.forDocument(G, d.mentions())).link(d).get(0).places())
        .containsExactly("Saaremaa", "Hiiumaa");
  }

  @Test
  void aPronounOfPlaceLooksBackToThePlacesBefore() {
    assertThat(link("[[Estonia|LOCATION]] leased two airfields on the islands of [[Saaremaa|LOCATION]] and [[Hiiumaa|LOCATION]]. "
        + "They are flat. [[Estonia|LOCATION]] agreed to permit [[Russia|LOCATION]] to keep forces on them; the number was "
        + "fixed at 25,000.", "25,000")).containsExactly("Saaremaa and Hiiumaa/base/Estonia/25000/previous sentence");
  }

  @Test
  void aFigureBesideTheSendersNameIsNeverPlacedInTheSender() {
    assertThat(link("[[Lithuania|LOCATION]] signed. The [[Soviet Union|LOCATION]] had the right to install its bases, with "
        + "20,000 men, in the republic.", "20,000")).containsExactly("Lithuania/country/Lithuania/20000/document");
  }

  @Test
  void aLimitIsTheHostsNotTheOneItIsComparedWith() {
    String marked = "The Minister in [[Latvia|LOCATION]] to the Secretary\nHe says Soviet garrisons will be limited to 25,000 and "
        + "that the annex is identical with that of [[Estonia|LOCATION]]. [[Estonia|LOCATION]] waited.";
    String plain = marked.replaceAll("\\[\\[([^|\\]]+)\\|\\w+\\]\\]", "$1");
    var f = figure(plain, "25,000", 25000, "He says Soviet garrisons will be limited to 25,000 and that the annex is identical "
        + "with that of Estonia.");
    DocumentExtraction d = Fixtures.doc(marked, List.of(f), List.of(), List.of(), "The Minister in Latvia to the Secretary");
    assertThat(new DeploymentLinker(G, Canonicalizer.forDocument(G, d.mentions())).link(d))
        .extracting(x -> x.place() + "/" + x.linkedBy()).containsExactly("Latvia/document");
  }

  @Test
  void theHostsOwnArmyStaysOut() {
    assertThat(link("[[Lithuania|LOCATION]] waited for the Soviet garrisons. 30,000 Lithuanian troops are ready to march.", "30,000"))
        .isEmpty();
    assertThat(link("[[Finland|LOCATION]] expelled the German troops. In the end the Finns were down to 12,000 soldiers.", "12,000"))
        .isEmpty();
  }

  @Test
  void theArmyOfATownIsInThatTown() {
    assertThat(link("[[Germany|LOCATION]] and [[France|LOCATION]] signed. The army of [[Paris|LOCATION]] shall not exceed 40,000 "
        + "men.", "40,000")).containsExactly("Paris/base/France/40000/sentence");
  }

  @Test
  void aFigureTheSameForceReachesLaterIsInTheSamePlace() {
    assertThat(link("The council allowed [[Ruritania|LOCATION]] to keep 60 soldiers on [[Holmsund|LOCATION]], which the garrison had "
        + "quietly increased to 140 men and four officers.", "60", "140"))
        .extracting(x -> x.replaceAll("/base/[^/]*/", "/")).containsExactly("Holmsund/60/sentence", "Holmsund/140/same force");
  }

  @Test
  void aSubjectBeforeTheAsidesOfItsClause() {
    assertThat(link("It is agreed that the Army of [[Lyons|LOCATION]], after the signature of peace, and until the evacuation of "
        + "the forts, shall not exceed 30,000 men.", "30,000"))
        .extracting(x -> x.replaceAll("/base/[^/]*/", "/")).containsExactly("Lyons/30000/subject");
  }

  @Test
  void aUnitNamedWithItsPlaceInASentenceBefore() {
    assertThat(link("The Norwegians faced the German [[7th Mountain Corps|ORGANIZATION]] in [[Finnmark|LOCATION]]. The strength of "
        + "the [[7th Mountain Corps|ORGANIZATION]] was over 90,000 soldiers.", "90,000"))
        .extracting(x -> x.replaceAll("/base/[^/]*/", "/")).containsExactly("Finnmark/90000/same unit");
  }

  @Test
  void aFigureWithoutPlaceIsWhereTheTroopsArrivedOrLanded() {
    assertThat(link("The [[Meade|ORGANIZATION]] left [[Seattle|LOCATION]] on 2 June and arrived at [[Honolulu|LOCATION]] on 9 June, "
        + "carrying the 14th Infantry and the Signal Corps, making a total of 31 officers and 880 men.", "880"))
        .extracting(x -> x.replaceAll("/base/[^/]*/", "/")).containsExactly("Honolulu/880/sentence");
    assertThat(link("The advance parties of the brigade reached [[Kobe|LOCATION]]. They came from [[Manila|LOCATION]] on the "
        + "transport with 2,200 troops.", "2,200"))
        .extracting(x -> x.replaceAll("/base/[^/]*/", "/")).containsExactly("Kobe/2200/destination");
  }

  @Test
  void withoutAKnownSendingPowerTheDocumentsCountryIsNoGuess() {
    assertThat(link("[[Haiti|LOCATION]] was in turmoil. [[Haiti|LOCATION]] waited. Revolutionary army 1,000 strong under its "
        + "general just entered town.", "1,000")).isEmpty();
    assertThat(link("[[Finland|LOCATION]] expelled the German troops. After the armistice the Finns were down to 9,000 soldiers "
        + "from a peak of 60 000 soldiers.", "60 000")).isEmpty();
  }

  @Test
  void thePartsOfATotalAreWhereTheTotalIs() {
    assertThat(link("The foreign guards in [[Tientsin|LOCATION]] number 410 men: Austrian 60, Dutch 95, Swedish 105.",
        "410", "60", "95", "105")).extracting(x -> x.replaceAll("/base/[^/]*/", "/").replaceAll("/[a-z ]+$", ""))
        .containsExactly("Tientsin/410", "Tientsin/60", "Tientsin/95", "Tientsin/105");
  }

  @Test
  void theCapitalOfARelativeClauseAndTroopsStillToCome() {
    assertThat(link("[[Nicaragua|LOCATION]] waited. Marines landed at [[Bluefields|LOCATION]] and went on to the capital, where a "
        + "guard of 120 men was kept. Another 900 marines are expected to sail from [[San Diego|LOCATION]] next month.", "120", "900"))
        .containsExactly("Managua/base/Nicaragua/120/relative clause");
  }

  @Test
  void theOneSiteOfATitleNamingItsPartiesAndARightHolderWhoShallHaveTheRight() {
    String marked = "Agreement between the Kingdom of [[Portugal|LOCATION]] and the [[Republic of Ruritania|LOCATION]] on the Station "
        + "at [[Cape Verga|LOCATION]]\nARTICLE II. [[Portugal|LOCATION]] shall have the right to maintain at the station a garrison not "
        + "exceeding 600 men.";
    String plain = marked.replaceAll("\\[\\[([^|\\]]+)\\|\\w+\\]\\]", "$1");
    var f = figure(plain, "600", 600, "ARTICLE II. Portugal shall have the right to maintain at the station a garrison not exceeding 600 men.");
    DocumentExtraction d = Fixtures.doc(marked, List.of(f), List.of(), List.of(), plain.substring(0, plain.indexOf('\n')));
    assertThat(new DeploymentLinker(G, Canonicalizer.forDocument(G, d.mentions())).link(d))
        .extracting(x -> x.place() + "/" + x.linkedBy()).containsExactly("Cape Verga/title");
  }

  @Test
  void aStatesFormalNameIsTheState() {
    DocumentExtraction d = Fixtures.doc("The [[Republic of Liberia|LOCATION]] and the [[Kingdom of Sardinia|LOCATION]].", List.of(),
        List.of(), List.of(), "t");
    Canonicalizer c = Canonicalizer.forDocument(G, d.mentions());
    assertThat(d.mentions()).extracting(c::canonical).containsExactly("Liberia", "Kingdom of Sardinia");
  }
}
