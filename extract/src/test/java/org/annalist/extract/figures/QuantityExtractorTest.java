package org.annalist.extract.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.extract.nlp.NlpModels;
import org.annalist.extract.nlp.TextAnalyzer;
import org.annalist.model.Quantity;
import org.junit.jupiter.api.Test;

class QuantityExtractorTest {
  @Test
  void numbersWithWhatTheyCount() {
    String text = "The estate of 1,200 hectares was sold for 2.5 million litas. Some 3,000 students and 40 teachers left.\n"
        + "2 Background\nThe 5th Division lost 17 tanks in 1940.";
    var sentences = new TextAnalyzer(NlpModels.load()).analyze(text, 0, text.length());
    List<Quantity> q = new QuantityExtractor().extract("t", sentences, List.of());
    assertThat(q).extracting(x -> x.value() + " " + x.counted())
        .containsExactly("1200.0 hectares", "2500000.0 litas", "3000.0 students", "40.0 teachers", "17.0 tanks");
    assertThat(q.get(0).text()).isEqualTo("1,200 hectares");
  }
}
