package org.annalist.extract.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link PosTagger} tags exactly as OpenNLP's {@link POSTaggerME}, on written and on random sentences. */
class PosTaggerTest {
  private static NlpModels models;

  @BeforeAll
  static void load() {
    models = NlpModels.load();
  }

  /** Words of this genre and odd ones, so that the beam meets close calls. */
  static final List<String> WORDS = List.of("The", "the", "treaty", "was", "signed", "in", "Moscow", "on", "October", "10", ",",
      "1939", ".", "Soviet", "troops", "entered", "Kaunas", "and", "Vilnius", "'s", "garrison", "of", "20,000", "men", "(",
      ")", "Article", "IV", "Molotov", "said", "that", "would", "be", "stationed", "bases", "—", "Estonia", "Latvia", "left",
      "after", "Government", "Mutual", "Assistance", "Pact", "a", "an", "to", "by", "Red", "Army", "as", "well", "could",
      "Riga", "Tallinn", "Paldiski", "Smetona", "Urbšys", "Narkomindel", "!", "?", ";", ":", "\"", "It", "They", "were",
      "not", "only", "but", "also", "between", "Finland", "Lithuania", "Union", "Republic", "Commissar", "Foreign",
      "Affairs", "1940", "June", "15", "ultimatum", "occupied", "annexed", "III", "3.", "b)", "per", "cent", "well-known",
      "so-called", "anti-Soviet", "USSR", "U.S.S.R.", "St.", "Dr.", "Mr.", "Gen.", "Col.", "No.", "BALTIC", "STATES");

  @Test
  void tagsAsPosTaggerMe() {
    POSTaggerME reference = new POSTaggerME(models.posModel());
    PosTagger tagger = new PosTagger(models.posModel());
    assertThat(tagger.computesFeatures()).as("the bundled model's features are computed by PosFeatures").isTrue();
    TextAnalyzer analyzer = new TextAnalyzer(models);
    String text = "On 10 October 1939 the Soviet Union and Lithuania signed a treaty of mutual assistance in Moscow. "
        + "Twenty thousand Red Army soldiers were to be stationed at bases in Naujoji Vilnia, Alytus, Prienai and Gaižiūnai. "
        + "The Lithuanian government, headed by Antanas Merkys, accepted the ultimatum on June 15, 1940, and the army "
        + "crossed the border that afternoon. ARTICLE III. The Contracting Parties undertake to refrain from any act.";
    for (Sentence s : analyzer.analyze(text, 0, text.length())) {
      String[] words = s.tokenTexts();
      assertThat(tagger.tag(words)).as(s.text()).containsExactly(reference.tag(words));
    }
    long seed = 11_30L;
    System.out.println("PosTaggerTest seed " + seed);
    Random rnd = new Random(seed);
    for (int round = 0; round < 2000; round++) {
      List<String> words = new ArrayList<>();
      int n = 1 + rnd.nextInt(40);
      for (int i = 0; i < n; i++) {
        words.add(WORDS.get(rnd.nextInt(WORDS.size())));
      }
      String[] w = words.toArray(String[]::new);
      assertThat(tagger.tag(w)).as("%s", words).containsExactly(reference.tag(w));
    }
  }
}
