package org.annalist.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.DocumentExtraction;
import org.annalist.model.ListItem;
import org.annalist.model.NamedAgreement;
import org.annalist.model.Provenance;
import org.annalist.model.knowledge.Gazetteer;
import org.junit.jupiter.api.Test;

class ArticleAndEntityTest {
  private static final Gazetteer G = Gazetteer.bundled();

  private static ListItem item(String text, String body, int n) {
    int i = text.indexOf(body);
    return new ListItem("Article", n, body, new Provenance("d", i, i + body.length(), "", "t", 1.0));
  }

  private static NamedAgreement agreement(String text, String name, int from) {
    int i = text.indexOf(name, from);
    return new NamedAgreement(name, new Provenance("d", i, i + name.length(), "", "t", 1.0));
  }

  @Test
  void aGenericIntroductionMeansTheDocumentsOwnTreaty() {
    String t = "Soviet–Finnish Treaty of Friendship\nIt replaced the Tartu Peace Treaty.\nThe treaty had two articles:\n"
        + "Article 1: Peace.\nArticle 2: Trade.\n";
    DocumentExtraction d = Fixtures.doc(t, List.of(), List.of(item(t, "Peace.", 1), item(t, "Trade.", 2)),
        List.of(agreement(t, "Soviet–Finnish Treaty of Friendship", 0), agreement(t, "Tartu Peace Treaty", 0)),
        "Soviet–Finnish Treaty of Friendship");
    assertThat(new ArticleAttribution().attribute(d)).extracting(TreatyArticle::treaty)
        .containsOnly("Soviet–Finnish Treaty of Friendship");
  }

  @Test
  void aTreatyNamedInTheIntroductionWins() {
    String t = "A history of the region.\nThe Tartu Peace Treaty contained these articles:\nArticle 1: Borders.\n";
    DocumentExtraction d = Fixtures.doc(t, List.of(), List.of(item(t, "Borders.", 1)),
        List.of(agreement(t, "Tartu Peace Treaty", 0)), "A history of the region.");
    assertThat(new ArticleAttribution().attribute(d)).extracting(TreatyArticle::treaty).containsExactly("Tartu Peace Treaty");
  }

  @Test
  void shortFormsJoinLongFormsAndAlternatesJoinCanonicalNames() {
    DocumentExtraction d = Fixtures.doc("[[Jonas Petraitis|PERSON]] met [[Petraitis|PERSON]]'s aide [[K. Pusta|PERSON]] "
        + "and [[Kaarel Pusta|PERSON]] in [[Vilna|LOCATION]] and [[USSR|LOCATION]].", List.of(), List.of(), List.of(), "t");
    Canonicalizer c = Canonicalizer.forDocument(G, d.mentions());
    assertThat(d.mentions().stream().map(c::canonical).toList())
        .containsExactly("Jonas Petraitis", "Jonas Petraitis", "Kaarel Pusta", "Kaarel Pusta", "Vilnius", "Soviet Union");
    assertThat(EntityIds.slug("Klaipėda")).isEqualTo("klaipeda");
    assertThat(EntityIds.slug("K. Pusta")).isEqualTo("k-pusta");
    assertThat(EntityIds.slug("!!")).isEqualTo("x");
  }
}
