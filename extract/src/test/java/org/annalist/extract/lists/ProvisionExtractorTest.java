package org.annalist.extract.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.ListItem;
import org.junit.jupiter.api.Test;

/** Treaty texts, summaries and reports written for these tests, one per form of provision the extractor knows. */
class ProvisionExtractorTest {
  private static List<ListItem> find(String text) {
    return find(text, "A report");
  }

  private static List<ListItem> find(String text, String title) {
    return new ProvisionExtractor().extract("t", text, 0, text.length(), title, i -> "");
  }

  private static List<String> shown(List<ListItem> items) {
    return items.stream().map(i -> i.number() + ": " + i.text()).toList();
  }

  @Test
  void articleLinesInSeveralStyles() {
    String text = "The convention had these articles:\n"
        + "  • Article I: The parties renounce war.\n"
        + "- Article 2 obliged each side to consult the other.\n"
        + "Article XIV. Entry into force.\n"
        + "\nThe rest is commentary.\n";
    assertThat(shown(find(text))).containsExactly("1: The parties renounce war.", "2: obliged each side to consult the other.",
        "14: Entry into force.");
  }

  @Test
  void headingsWithTheBodyOnTheFollowingLines() {
    String text = "Convention of Friendship\n\nThe parties have agreed as follows:\n\nArticle One\n\n"
        + "The two parties shall refrain from any act of force against each other.\n\nARTICLE SECOND\n"
        + "Disputes shall be settled by\narbitration alone.\n\nArticle 3.\n\nThe present convention shall enter into force "
        + "on signature.\n";
    assertThat(shown(find(text, "Convention of Friendship"))).containsExactly(
        "1: The two parties shall refrain from any act of force against each other.",
        "2: Disputes shall be settled by arbitration alone.",
        "3: The present convention shall enter into force on signature.");
  }

  @Test
  void anItemGoesOnOverHardWrappedLinesAndAfterAMarginNote() {
    String text = "A synopsis of its provisions follows.\nArt. I. The harbour of Oranmore to be opened at once and the\n"
        + "harbour of Lisvane within a year.\nArt. II. Sailors in distress to be cared for.\n\n"
        + "Boundaries. Art. III. The new boundary runs along the river.\n";
    assertThat(shown(find(text))).containsExactly(
        "1: The harbour of Oranmore to be opened at once and the harbour of Lisvane within a year.",
        "2: Sailors in distress to be cared for.", "3: The new boundary runs along the river.");
  }

  @Test
  void aWrappedCrossReferenceIsNoHeading() {
    String text = "The line is drawn on the map which forms the first annex to\nArticle 3.\n\nIn case of doubt the text prevails.\n";
    assertThat(find(text)).isEmpty();
  }

  @Test
  void numberedParagraphsOfATreatyText() {
    String text = "Exchange of letters on the naval station\n\n"
        + "4. The Island Government will keep the docks of the station in good repair.\n\n"
        + "5. It is agreed that the harbour master will retain his present duties until a date to be decided.\n";
    assertThat(shown(find(text, "Naval station agreement between the two governments (1961)"))).containsExactly(
        "4: The Island Government will keep the docks of the station in good repair.",
        "5: It is agreed that the harbour master will retain his present duties until a date to be decided.");
  }

  @Test
  void theParagraphsUnderAnArticleHeadingAreItsBody() {
    String text = "ARTICLE IX\n\nLEASED AREAS\n\n1. The lessee shall return the areas within five years.\n\n"
        + "2. The lessor shall not tax the installations.\n";
    assertThat(shown(find(text, "Agreement concerning leased areas"))).containsExactly(
        "9: LEASED AREAS 1. The lessee shall return the areas within five years. 2. The lessor shall not tax the installations.");
  }

  @Test
  void inlineEnumerationsAfterAnIntroduction() {
    String dotted = "LONDON, May 2. The terms of the treaty are as follows: — 1. Hostilities end at noon. 2. The port of Vardel "
        + "is ceded with its islands. 3. Both parties renounce reprisals.";
    assertThat(shown(find(dotted))).containsExactly("1: Hostilities end at noon.", "2: The port of Vardel is ceded with its islands.",
        "3: Both parties renounce reprisals.");
    String parens = "The protocol provides: (i) that the garrison leaves the fort; (ii) that the customs revert to the town.";
    assertThat(shown(find(parens))).containsExactly("1: that the garrison leaves the fort", "2: that the customs revert to the town.");
    String closing = "Under the agreement signed today the conditions are these: 1) the fleet stays in port, 2) the forts are "
        + "disarmed.";
    assertThat(shown(find(closing))).containsExactly("1: the fleet stays in port", "2: the forts are disarmed.");
    String lettered = "The accord lays down: (1) Both navies withdraw (a) from the strait and (b) from the bay. (2) Trade resumes.";
    assertThat(shown(find(lettered))).containsExactly("1: Both navies withdraw (a) from the strait and (b) from the bay.",
        "2: Trade resumes.");
  }

  @Test
  void enumerationsThatAreNoProvisions() {
    // a telegram's reasons, a report's paragraphs, numbered steps of events, footnotes
    String reasons = "The reasons which lead me to this request are as follows:\n1. There is no work left here.\n"
        + "2. The staff wish to leave.\n";
    String report = "Subject: the situation in the north.\n\n1. On May 3 the rebels took the town.\n\n"
        + "2. Upon their arrival the mayor fled.\n";
    String steps = "The retreat went in stages: (1) the bridge was blown; (2) the rearguard crossed the hills.";
    String notes = "Treaty of Oranmore\n\nIt ended the war.\n\nNotes\n  1. Smith, History of the war, p. 4.\n"
        + "  2. Jones, The peace, p. 9.\n";
    assertThat(find(reasons)).isEmpty();
    assertThat(find(report)).isEmpty();
    assertThat(find(steps)).isEmpty();
    assertThat(find(notes, "Treaty of Oranmore")).isEmpty();
  }

  @Test
  void articlesNamedInProse() {
    String text = "Article 5 grants the lessee the right to keep a garrison. Articles 2 and 4 deal with trade and transit. "
        + "In Article 1, the parties end the state of war. With Art. 6 the lessor keeps the lighthouse. "
        + "Under Article 12 of the Armistice, the army was obliged to leave the coast. "
        + "The Convention of Lisvane, article 9, stipulated that the forts be razed. Arts. VII. to IX. provide for the courts, "
        + "a summary of a span that gives no one article.";
    assertThat(shown(find(text))).containsExactly(
        "5: grants the lessee the right to keep a garrison.", "2: deal with trade and transit.", "4: deal with trade and transit.",
        "1: the parties end the state of war.", "6: the lessor keeps the lighthouse.",
        "12: the army was obliged to leave the coast.", "9: stipulated that the forts be razed.");
  }

  @Test
  void otherWordsThanArticleWhenTheyNameATreatysProvisions() {
    String text = "Clause 3 of the treaty gives the town a free port. Point 2 of the agreement obliged both navies to "
        + "salute. Section 4 of the tax law raised the duty on salt.";
    assertThat(shown(find(text))).containsExactly("3: gives the town a free port.", "2: obliged both navies to salute.");
  }

  @Test
  void referencesAndNewspaperArticlesAreNotProvisions() {
    String text = "The forts shall be those provided for in Article 3. The merchants may trade only at the ports named in "
        + "Art. I., and nowhere else. The first article of this series can be found here. See the article EUROPE: History.";
    assertThat(find(text)).isEmpty();
  }

  @Test
  void hostileTextIsKeptVerbatim() {
    String text = "Article 1: =HYPERLINK(\"http://x\",\"y\")\nArticle 2: @SUM(A1:A2)\n";
    assertThat(find(text)).extracting(ListItem::text).containsExactly("=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1:A2)");
  }

  @Test
  void agreementNames() {
    String text = "The Soviet–Latvian Mutual Assistance Treaty and the Treaty of Friendship and Boundary replaced "
        + "the Peace Treaty of 1920; the treaty itself was brief. The Lisvane Armistice followed.\nTreaty of Oranmore\n\n"
        + "Treaty of Oranmore. May 1, 1801";
    assertThat(new AgreementExtractor().extract("t", text, 0, text.length(), i -> ""))
        .extracting(a -> a.name())
        .containsExactly("Soviet–Latvian Mutual Assistance Treaty", "Treaty of Friendship and Boundary", "Peace Treaty of 1920",
            "Lisvane Armistice", "Treaty of Oranmore", "Treaty of Oranmore");
  }
}
