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

  @Test
  void numberedUnitsOfArmyListsAndBritishStyle() {
    Map<String, EntityType> m = find("The transport carried the 12th Ohio Volunteer Inf., U. S. V.; the 4th Ohio Cav.; the 9th Inf.; "
        + "Idaho Art., U. S. V.; and the 3d Texas Inf. Later 7 Canadian Infantry Brigade Group relieved 41 Indian Infantry Brigade.");
    assertThat(m).containsEntry("12th Ohio Volunteer Inf", EntityType.ORGANIZATION).containsEntry("4th Ohio Cav", EntityType.ORGANIZATION)
        .containsEntry("9th Inf", EntityType.ORGANIZATION).containsEntry("Idaho Art", EntityType.ORGANIZATION)
        .containsEntry("3d Texas Inf", EntityType.ORGANIZATION)
        .containsEntry("7 Canadian Infantry Brigade Group", EntityType.ORGANIZATION)
        .containsEntry("41 Indian Infantry Brigade", EntityType.ORGANIZATION);
    // a count of men is no unit, and an article's label is no arm of the service
    m = find("Some 300 Scottish Brigade men marched. Treaty Art. IV. The parties agree.");
    assertThat(m.keySet()).noneMatch(k -> k.startsWith("300")).noneMatch(k -> k.contains("Art"));
  }

  @Test
  void abbreviatedAndHyphenatedRanksInitialsAndHonours() {
    Map<String, EntityType> m = find("Present were Major-General R. T. Hollis, C.B., D.S.O., Capt. Samuel Fenwick Harte and Lieut. "
        + "H. J. Crane. Brigadier-General M. L. Ward arrived later.");
    assertThat(m).containsEntry("R. T. Hollis", EntityType.PERSON).containsEntry("Samuel Fenwick Harte", EntityType.PERSON)
        .containsEntry("H. J. Crane", EntityType.PERSON).containsEntry("M. L. Ward", EntityType.PERSON)
        .doesNotContainKeys("C.B.", "D.S.O.", "L. Ward");
    m = find("Defence Minister von Tresckow objected.");
    assertThat(m).containsEntry("von Tresckow", EntityType.PERSON);
  }

  @Test
  void telegramSignaturesAndDatelines() {
    Map<String, EntityType> m = find("The Consul at Tampico to the Secretary of State.\n\nSan Luis de la Paz, March 3, 1913.\n\n"
        + "Rebels hold the railway.\n\nHolloway.\n");
    assertThat(m).containsEntry("San Luis de la Paz", EntityType.LOCATION).containsEntry("Holloway", EntityType.PERSON);
    // a treaty's margin notes and closing words are no signatures
    m = find("Navigation. Art. IV. The rivers are open.\n\nRespectfully.\n\nApproved.\n");
    assertThat(m).doesNotContainKeys("Navigation", "Respectfully", "Approved");
  }

  @Test
  void namesListedAsPlacesAreTypedAsPlaces() {
    Map<String, EntityType> m = find("The prefect reports that Vallorbe, Sainte Colette, Mordaux and other hill villages have risen.");
    assertThat(m).containsEntry("Vallorbe", EntityType.LOCATION).containsEntry("Sainte Colette", EntityType.LOCATION)
        .containsEntry("Mordaux", EntityType.LOCATION);
    m = find("The fleet used sheltered anchorages such as Gullmarsvik for its cruisers.");
    assertThat(m).containsEntry("Gullmarsvik", EntityType.LOCATION);
  }

  @Test
  void aPlaceDefinedOnceIsThatPlaceThroughoutTheDocument() {
    Map<String, EntityType> m = find("Vesterholm is a peninsula near the harbour mouth. In 1931 the garrison there was doubled.");
    assertThat(m).containsEntry("Vesterholm", EntityType.LOCATION);
    var sentences = new TextAnalyzer(models).analyze("Brannoy is a small island off the coast. The battery on Brannoy was finished.", 0, 75);
    List<Mention> ms = new EntityRecognizer(models, gazetteer).recognize("t", sentences);
    assertThat(ms).filteredOn(x -> x.text().equals("Brannoy")).hasSize(2).allMatch(x -> x.type() == EntityType.LOCATION);
    m = find("The squadron anchored in Kattvik bay and later off the Ormholm peninsula; the Hanko peninsula stayed Finnish.");
    assertThat(m).containsEntry("Kattvik bay", EntityType.LOCATION).containsEntry("Ormholm peninsula", EntityType.LOCATION)
        .containsEntry("Hanko", EntityType.LOCATION).doesNotContainKey("Hanko peninsula");
  }

  @Test
  void shortFormsAndGovernmentsOfCountries() {
    Map<String, EntityType> m = find("Stores came from the Northern Supply Depot (NSD) by rail. The R.N.Z.A.F. and the "
        + "R.C.A.F. sent crews. It was agreed by the Australian Government and the United States Government.");
    assertThat(m).containsEntry("Northern Supply Depot", EntityType.ORGANIZATION).containsEntry("NSD", EntityType.ORGANIZATION)
        .containsEntry("United States", EntityType.LOCATION).doesNotContainKey("United States Government");
    assertThat(m.get("R.N.Z.A.F")).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void placesInsideATreatysNameAndRegionsOfTheWorld() {
    Map<String, EntityType> m = find("Under the Treaty of Adrianople the fleet left. Trade with Southern Africa and Lapland grew.");
    assertThat(m).doesNotContainKey("Adrianople").containsEntry("Southern Africa", EntityType.LOCATION)
        .containsEntry("Lapland", EntityType.LOCATION);
  }

  @Test
  void aPlaceAfterATitlesCommaIsThePost() {
    Map<String, EntityType> m = find("A message came from the Consul, Cape Palmas, and the cruiser was due at Cape Palmas March 3.");
    assertThat(m).containsEntry("Cape Palmas", EntityType.LOCATION).doesNotContainKey("Cape Palmas March");
  }

  @Test
  void namesListedBeforeMilitaryWorksArePlaces() {
    Map<String, EntityType> m = find("The battalions were quartered in the Mustapha and Bab el-Oued barracks.");
    assertThat(m).containsEntry("Mustapha", EntityType.LOCATION).containsEntry("Bab el-Oued", EntityType.LOCATION);
  }

  @Test
  void staffAppointmentsAreNoPersons() {
    Map<String, EntityType> m = find("Major Henry W. Calloway, Chief Quartermaster; Capt. Arthur P. Dunmore, Assistant Paymaster, "
        + "and Lieut. Samuel R. Tate, Regimental Adjutant, sailed with the troops; a Commissary Sergeant, U. S. A., went too.");
    assertThat(m.keySet()).noneMatch(k -> k.contains("Quartermaster") || k.contains("Paymaster") || k.contains("Adjutant")
        || k.contains("Sergeant"));
  }

  @Test
  void namesBeforeAFootnoteNumberAreFound() {
    Map<String, EntityType> m = find("The delegation left Kaunas,14 in the morning and reached Riga;15 by the evening train.");
    assertThat(m).containsEntry("Kaunas", EntityType.LOCATION).containsEntry("Riga", EntityType.LOCATION);
  }

  @Test
  void coalitionsAndForcesAreNoNamedBodiesOrPersons() {
    Map<String, EntityType> m = find("The Allies met again in Paris. The landing of U. S. Troops at Tampico began. "
        + "U. S. Marines—Fresh Landing at Tampico.");
    assertThat(m).doesNotContainKeys("Allies", "S. Troops", "U. S. Troops", "S. Marines", "U. S. Marines");
    assertThat(m).containsEntry("Paris", EntityType.LOCATION);
  }

  @Test
  void hyphenatedPrefixesOfUnitNames() {
    Map<String, EntityType> m = find("The pro-Allied Volunteer Army held the coast. Troops came as follows: a Polish-Lithuanian Division known as the eastern force.");
    assertThat(m).containsEntry("Volunteer Army", EntityType.ORGANIZATION)
        .containsEntry("Polish-Lithuanian Division", EntityType.ORGANIZATION)
        .doesNotContainKeys("Allied Volunteer Army", "Lithuanian Division");
  }

  @Test
  void serviceWordsAloneAndWordsBrokenAtTheEndAreNoNames() {
    Map<String, EntityType> m = find("The Air Force component flew from the field, and the Army and Air Force staffs met in Tromsø.");
    assertThat(m).doesNotContainKeys("Air Force", "Army and Air Force");
    m = find("The garrison came from the Orkney Islands and the Shetland coast of Nor-");
    assertThat(m).doesNotContainKey("Nor");
  }
}
