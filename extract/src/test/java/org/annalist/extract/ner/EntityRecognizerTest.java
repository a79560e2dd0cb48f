package org.annalist.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.annalist.extract.nlp.NlpModels;
import org.annalist.extract.nlp.TextAnalyzer;
import org.annalist.model.EntityType;
import org.annalist.model.Mention;
import org.annalist.model.knowledge.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sentences written for these tests in the genre's style; none is copied from a seed document. */
class EntityRecognizerTest {
  private static NlpModels models;
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    models = NlpModels.load();
    gazetteer = Gazetteer.bundled();
  }

  private static Map<String, EntityType> find(String text) {
    var sentences = new TextAnalyzer(models).analyze(text, 0, text.length());
    List<Mention> ms = new EntityRecognizer(models, gazetteer).recognize("t", sentences);
    return ms.stream().collect(Collectors.toMap(Mention::text, Mention::type, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  @Test
  void basesListedWithKnownPlacesArePlaces() {
    Map<String, EntityType> m = find("The garrisons were placed in Prienai (infantry units), Gaižiūnai (tank units) and "
        + "in Naujoji Vilnia near the capital.");
    assertThat(m).containsEntry("Prienai", EntityType.LOCATION).containsEntry("Gaižiūnai", EntityType.LOCATION)
        .containsEntry("Naujoji Vilnia", EntityType.LOCATION);
  }

  @Test
  void unknownVillagesListedWithPlacesArePlaces() {
    assertThat(gazetteer.lookup("Valkininkai")).isEmpty();
    Map<String, EntityType> m = find("Airfields were built in Alytus and Valkininkai.");
    assertThat(m).containsEntry("Valkininkai", EntityType.LOCATION);
    m = find("The garrisons were placed in Prienai (infantry units), Valkininkai (tank units) and in Naujoji Vilnia.");
    assertThat(m).containsEntry("Valkininkai", EntityType.LOCATION);
  }

  @Test
  void titlesAreNotPartOfNames() {
    Map<String, EntityType> m = find("Deputy Prime Minister Jonas Petraitis met Foreign Minister Vilhelms Munters in Riga.");
    assertThat(m).containsEntry("Jonas Petraitis", EntityType.PERSON).containsEntry("Vilhelms Munters", EntityType.PERSON)
        .containsEntry("Riga", EntityType.LOCATION);
    assertThat(m.keySet()).noneMatch(k -> k.contains("Minister"));
  }

  @Test
  void demonymsAndTreatiesAreNotEntities() {
    Map<String, EntityType> m = find("The Lithuanians and the Soviets signed the Mutual Assistance Treaty in Moscow.");
    assertThat(m).doesNotContainKeys("Lithuanians", "Soviets", "Mutual Assistance Treaty");
    assertThat(m).containsEntry("Moscow", EntityType.LOCATION);
  }

  @Test
  void possessivesAndAlternatesAreFound() {
    Map<String, EntityType> m = find("Lithuania's envoy reached Vilna, while the USSR's army held the Vilna region.");
    assertThat(m).containsEntry("Lithuania", EntityType.LOCATION).containsEntry("USSR", EntityType.LOCATION)
        .containsEntry("Vilna", EntityType.LOCATION).containsEntry("Vilna region", EntityType.LOCATION);
  }

  @Test
  void ruleHeadWordsTypeUnknownNames() {
    Map<String, EntityType> m = find("The 7th Cavalry Division crossed the Venta River and reached the Telšiai Region.");
    assertThat(m).containsEntry("7th Cavalry Division", EntityType.ORGANIZATION)
        .containsEntry("Venta River", EntityType.LOCATION).containsEntry("Telšiai Region", EntityType.LOCATION);
  }

  @Test
  void initialsStayWithTheSurname() {
    Map<String, EntityType> m = find("The cabinet was headed by J. Kalninš (Latvia) and K. Pusta (Estonia).");
    assertThat(m).containsEntry("J. Kalninš", EntityType.PERSON).containsEntry("K. Pusta", EntityType.PERSON);
  }

  @Test
  void givenNamesBeforeInitialsAndOfficesThatAreNoNames() {
    Map<String, EntityType> m = find("Respectfully yours, Arthur B. Lane");
    assertThat(m).containsEntry("Arthur B. Lane", EntityType.PERSON);
    m = find("Ivan Petrov, Deputy People's Commissar for Foreign Affairs, arrived in Kaunas.");
    assertThat(m).doesNotContainKey("People").containsEntry("Kaunas", EntityType.LOCATION);
  }

  @Test
  void anAppositionIsNoListAndPluralPlaceNounsTypeTheirNames() {
    Map<String, EntityType> m = find("Molotov received the Minister to Moscow, Jurgis Baltrušaitis, at noon.");
    assertThat(m.get("Jurgis Baltrušaitis")).isNotEqualTo(EntityType.LOCATION);
    m = find("The men were sent to camps in the Sverdlovsk and Kirov regions.");
    assertThat(m).containsEntry("Sverdlovsk", EntityType.LOCATION).containsEntry("Kirov", EntityType.LOCATION);
  }

  @Test
  void monsieurAndAPostBeforeTheName() {
    Map<String, EntityType> m = find("It is understood that M. Pavel Orlov is now in Tallinn.");
    assertThat(m).containsEntry("Pavel Orlov", EntityType.PERSON);
    assertThat(m.keySet()).noneMatch(k -> k.startsWith("M."));
    m = find("The German Minister in Kaunas, Hans Bergmann, asked for visas.");
    assertThat(m).containsEntry("Hans Bergmann", EntityType.PERSON).containsEntry("Kaunas", EntityType.LOCATION);
  }

  @Test
  void headlinesNewspapersDepartmentsAndDistricts() {
    Map<String, EntityType> m = find("STALIN'S PRICE FOR PEACE");
    assertThat(m).containsKey("STALIN");
    m = find("The Boston Evening Courier reported that the State Department and the Leningrad Military District were informed.");
    assertThat(m).containsEntry("Boston Evening Courier", EntityType.ORGANIZATION).containsEntry("State Department", EntityType.ORGANIZATION)
        .containsEntry("Leningrad Military District", EntityType.ORGANIZATION);
  }

  @Test
  void aNameBeforeAsAndATitle() {
    Map<String, EntityType> m = find("The cabinet included Petras Jonaitis as Minister of the Interior and Algis Rimkus as Minister of Defence.");
    assertThat(m).containsEntry("Petras Jonaitis", EntityType.PERSON).containsEntry("Algis Rimkus", EntityType.PERSON)
        .doesNotContainKey("Defence");
  }

  @Test
  void signatoriesNewOfficeHoldersAndNumberedArticles() {
    Map<String, EntityType> m = find("The treaty was signed on 2 May 1920 by Peeter Tamm for Estonia and Ivan Sidorov for Russia.");
    assertThat(m).containsEntry("Peeter Tamm", EntityType.PERSON);
    m = find("On 21 June Kalvis Ozols became Minister of the Interior.");
    assertThat(m).containsEntry("Kalvis Ozols", EntityType.PERSON);
    m = find("ARTICLE I. Russia recognizes the independence of the Estonian State.");
    assertThat(m).containsEntry("Russia", EntityType.LOCATION);
    assertThat(m.keySet()).noneMatch(k -> k.startsWith("I."));
  }

  @Test
  void emDashesAndUnknownGivenNamesOfKnownSurnames() {
    Map<String, EntityType> m = find("KAUNAS, June 15 (AP)—Red Army columns rolled in.");
    assertThat(m).containsEntry("Red Army", EntityType.ORGANIZATION);
    m = find("Kazimieras Bizauskas was appointed plenipotentiary.");
    assertThat(m).containsEntry("Kazimieras Bizauskas", EntityType.PERSON);
  }

  @Test
  void organizationsEndingInAPlaceAndPlacesRunTogether() {
    Map<String, EntityType> m = find("It was ratified by the Presidium of the Supreme Soviet of the USSR on October 12.");
    assertThat(m).containsEntry("Presidium of the Supreme Soviet of the USSR", EntityType.ORGANIZATION);
    m = find("On 23 August 1939 the Soviet UnionSoviet Union asserted its control.");
    assertThat(m).containsValue(EntityType.LOCATION).doesNotContainValue(EntityType.ORGANIZATION);
  }

  @Test
  void headlinesYieldOnlyKnownNames() {
    Map<String, EntityType> m = find("Tallinn Premier Says Independence Is Safe—Moscow Troops to Hold Islands");
    assertThat(m).containsOnlyKeys("Tallinn", "Moscow");
    m = find("Foreign Minister Eljas Erkko called in the Soviet Minister, Ivan Derevyansky, on Wednesday.");
    assertThat(m).containsEntry("Ivan Derevyansky", EntityType.PERSON).containsEntry("Eljas Erkko", EntityType.PERSON);
  }

  @Test
  void aDispatchHeaderIsNoHeadline() {
    Map<String, EntityType> m = find("Mr. Preston (Kovno) to Viscount Halifax.—(Received November 2.)");
    assertThat(m).containsEntry("Preston", EntityType.PERSON).containsEntry("Halifax", EntityType.PERSON);
  }

  @Test
  void theWorldsTownsArePlacesWhereTheTextTreatsThemAsPlaces() {
    Map<String, EntityType> m = find("The brigade landed at Kure and marched inland. The convoy reached the port of Larnaca.");
    assertThat(m).containsEntry("Kure", EntityType.LOCATION).containsEntry("Larnaca", EntityType.LOCATION);
    assertThat(gazetteer.lookup("Kure").map(Gazetteer.Entry::country)).contains("Japan");
    assertThat(gazetteer.lookup("Kure").flatMap(Gazetteer.Entry::coordinates)).isPresent();
    assertThat(gazetteer.lookup("Reykjavik").map(Gazetteer.Entry::name)).as("plain spelling").contains("Reykjavík");
  }

  @Test
  void capitalizedCommonWordsThatAreATownSomewhereStayWords() {
    // "Victory", "Annex" and "Commerce" name places in GeoNames; here they are words
    Map<String, EntityType> m = find("Victory came slowly. Annex B lists the sites. Commerce resumed after the war.");
    assertThat(m).doesNotContainKeys("Victory", "Annex", "Commerce");
  }

  @Test
  void countriesAndPolitiesOfTheWorld() {
    Map<String, EntityType> m = find("British forces landed in Iceland; later the Americans took over bases in Bermuda, "
        + "Jamaica and British Guiana, and the Japanese entered Siam and Malaya.");
    assertThat(m).containsEntry("Iceland", EntityType.LOCATION).containsEntry("Bermuda", EntityType.LOCATION)
        .containsEntry("Jamaica", EntityType.LOCATION).containsEntry("British Guiana", EntityType.LOCATION)
        .containsEntry("Siam", EntityType.LOCATION).containsEntry("Malaya", EntityType.LOCATION);
  }

  @Test
  void aNameInParenthesesAfterATitleAndPostIsAPerson() {
    Map<String, EntityType> m = find("The Minister in Norway (Harwood) to the Secretary of State");
    assertThat(m).containsEntry("Harwood", EntityType.PERSON);
  }

  @Test
  void surnamesInCapitalsInASignatoryList() {
    Map<String, EntityType> m = find("For the Republic:\nJean DUMONT,\nPierre Albert LACROIX.");
    assertThat(m).containsEntry("Jean DUMONT", EntityType.PERSON).containsEntry("Pierre Albert LACROIX", EntityType.PERSON);
  }

  @Test
  void shipsAndAircraftAreNotThePlacesTheyAreNamedAfter() {
    Map<String, EntityType> m = find("The cruiser Helsinki and the plane Kure were lost near the coast.");
    assertThat(m).doesNotContainKeys("Helsinki", "Kure");
  }

  @Test
  void namesInsideAnEventsNameAndADirectionBeforeAPlace() {
    Map<String, EntityType> m = find("Poland joined the Warsaw Pact. Bases were built in Western Estonia and the Mannerheim Line "
        + "held; trade with western Europe grew, and the fleet sailed on the Baltic.");
    assertThat(m).doesNotContainKeys("Warsaw", "Mannerheim").containsEntry("Western Estonia", EntityType.LOCATION)
        .containsEntry("western Europe", EntityType.LOCATION).containsEntry("Baltic", EntityType.LOCATION);
  }

  @Test
  void aFootnoteNumberGluedToANameAndPlacesOfARepublicsName() {
    Map<String, EntityType> m = find("He sent a telegram from Tallinn48 to the Federal Socialist Republic of the Russian Soviets.");
    assertThat(m).containsEntry("Tallinn", EntityType.LOCATION)
        .containsEntry("Federal Socialist Republic of the Russian Soviets", EntityType.LOCATION);
  }

  @Test
  void namesInAListBeforeMilitaryDistrictsArePlaces() {
    Map<String, EntityType> m = find("The armies of the Leningrad, Kalinin and Belarussian military districts moved.");
    assertThat(m).containsEntry("Kalinin", EntityType.LOCATION).doesNotContainKey("Belarussian");
  }
}
