package org.annalist.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;
import org.annalist.extract.nlp.NlpModels;
import org.annalist.extract.nlp.Sentence;
import org.annalist.extract.nlp.TextAnalyzer;
import org.annalist.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelLayer} finds exactly what OpenNLP's {@link NameFinderME} finds with the same model, with
 * the same probabilities, sentence after sentence (the adaptive features carry over within a
 * document and are cleared between documents).
 */
class ModelLayerTest {
  private static NlpModels models;

  @BeforeAll
  static void load() {
    models = NlpModels.load();
  }

  private static final List<String> WORDS = List.of("The", "the", "treaty", "was", "signed", "in", "Moscow", "on", "October",
      "10", ",", "1939", ".", "Soviet", "troops", "entered", "Kaunas", "and", "Vilnius", "'s", "garrison", "of", "20,000",
      "men", "(", ")", "Article", "IV", "Molotov", "said", "that", "would", "be", "stationed", "bases", "—", "Estonia",
      "Latvia", "left", "after", "Government", "Mutual", "Assistance", "Pact", "a", "to", "by", "Red", "Army", "Riga",
      "Tallinn", "Paldiski", "Smetona", "Urbšys", "Narkomindel", "It", "They", "were", "between", "Finland", "Lithuania",
      "Union", "Republic", "Commissar", "Foreign", "Affairs", "June", "15", "Antanas", "Merkys", "Jonas", "Petraitis",
      "Minister", "Prime", "General", "Lord", "Halifax", "Berlin", "London", "League", "Nations", "BALTIC", "Mr.", "St.");

  private static List<Candidate> reference(NameFinderME finder, String[] tokens) {
    List<Candidate> out = new ArrayList<>();
    for (Span s : finder.find(tokens)) {
      EntityType.parse(s.getType()).ifPresent(t -> out.add(new Candidate(s.getStart(), s.getEnd(), t, ModelLayer.SOURCE, 1,
          Math.max(0.0, Math.min(1.0, s.getProb())))));
    }
    return out;
  }

  @Test
  void findsWhatNameFinderMeFinds() {
    NameFinderME reference = new NameFinderME(models.nameModel());
    ModelLayer layer = new ModelLayer(models.nameModel());
    assertThat(layer.computesFeatures()).as("the bundled model's features are computed by NameFeatures").isTrue();
    TextAnalyzer analyzer = new TextAnalyzer(models);
    String text = "On 10 October 1939 the Soviet Union and Lithuania signed a treaty of mutual assistance in Moscow. "
        + "Vyacheslav Molotov and Juozas Urbšys met at the Kremlin, and Stalin joined them later. "
        + "Twenty thousand Red Army soldiers were to be stationed at bases in Naujoji Vilnia, Alytus, Prienai and Gaižiūnai. "
        + "The Lithuanian government, headed by Antanas Merkys, accepted the ultimatum on June 15, 1940. "
        + "Merkys resigned; Justas Paleckis formed the People's Government. Lord Halifax told the League of Nations in Geneva.";
    for (Sentence s : analyzer.analyze(text, 0, text.length())) {
      assertThat(layer.find(s)).as(s.text()).isEqualTo(reference(reference, s.tokenTexts()));
    }
    long seed = 20_261_130L;
    System.out.println("ModelLayerTest seed " + seed);
    Random rnd = new Random(seed);
    int names = 0;
    for (int doc = 0; doc < 150; doc++) {
      reference.clearAdaptiveData();
      layer.clearAdaptiveData();
      for (int sentence = 0; sentence < 12; sentence++) {
        List<String> words = new ArrayList<>();
        int n = 1 + rnd.nextInt(40);
        for (int i = 0; i < n; i++) {
          words.add(WORDS.get(rnd.nextInt(WORDS.size())));
        }
        String[] w = words.toArray(String[]::new);
        List<Candidate> expected = reference(reference, w);
        assertThat(layer.find(SpacedSentence.of(w))).as("%s", words).isEqualTo(expected);
        names += expected.size();
      }
    }
    assertThat(names).isGreaterThan(500);
  }
}
