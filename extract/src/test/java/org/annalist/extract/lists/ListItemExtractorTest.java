package org.annalist.extract.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.ListItem;
import org.junit.jupiter.api.Test;

class ListItemExtractorTest {
  @Test
  void numberedArticlesInSeveralStyles() {
    String text = "The pact had these articles:\n"
        + "  • Article I: The parties renounce war.\n"
        + "- Article 2 obliged each side to consult the other.\n"
        + "Article XIV. Entry into force.\n"
        + "Under Article 5 of the pact nothing changes.\n"
        + "  3. a numbered line that is no article\n";
    List<ListItem> items = new ListItemExtractor().extract("t", text, 0, text.length(), i -> "");
    assertThat(items).extracting(ListItem::number).containsExactly(1, 2, 14);
    assertThat(items).extracting(ListItem::text)
        .containsExactly("The parties renounce war.", "obliged each side to consult the other.", "Entry into force.");
  }

  @Test
  void hostileTextIsKeptVerbatim() {
    String text = "Article 1: =HYPERLINK(\"http://x\",\"y\")\nArticle 2: @SUM(A1:A2)\n";
    List<ListItem> items = new ListItemExtractor().extract("t", text, 0, text.length(), i -> "");
    assertThat(items).extracting(ListItem::text).containsExactly("=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1:A2)");
  }

  @Test
  void agreementNames() {
    String text = "The Soviet–Latvian Mutual Assistance Treaty and the Treaty of Friendship and Boundary replaced "
        + "the Peace Treaty of 1920; the treaty itself was brief.";
    assertThat(new AgreementExtractor().extract("t", text, 0, text.length(), i -> ""))
        .extracting(a -> a.name())
        .containsExactly("Soviet–Latvian Mutual Assistance Treaty", "Treaty of Friendship and Boundary", "Peace Treaty of 1920");
  }

  @Test
  void aParagraphThatOpensWithAnArticleIsProse() {
    String text = "The pact was signed.\n\nArticle 3 of the pact gives the USSR the right to bases.\n\nIt was ratified.\n";
    assertThat(new ListItemExtractor().extract("t", text, 0, text.length(), i -> "")).isEmpty();
    String list = "Article 1 provides for peace\nArticle 2 provides for trade\n";
    assertThat(new ListItemExtractor().extract("t", list, 0, list.length(), i -> "")).hasSize(2);
  }
}
