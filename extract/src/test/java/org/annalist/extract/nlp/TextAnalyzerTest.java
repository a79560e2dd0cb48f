package org.annalist.extract.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
  /**
   * A typescript's paragraph wrapped at the margin (lines of 50 characters or more) is one text for the
   * sentence model; a heading, an item, a table row is not.
   */
  @Test
  void hardWrappedParagraphsAreJoinedButNotHeadingsItemsOrTables() {
    String text = "FLEET MOVEMENTS IN THE EASTERN SEAS AND ELSEWHERE REPORTED\n"
        + "The commander of the squadron, who arrived yesterday, Rear Admiral Henry\n"
        + "Fairweather Collins, reported that the cruisers had left the harbour\n"
        + "at dawn and would reach the southern anchorage within two days.\n"
        + "The following terms were agreed by both sides and the delegates\n"
        + "1. the harbour remains open to the ships of both flags;\n"
        + "The stores that the garrison kept in the old town and at the pier\n"
        + "4 Supplies of the garrison\n"
        + "Coal stores at the northern pier and in the old town     4,000 tons\n"
        + "Ammunition stores at the eastern battery and in the arsenal     900 tons\n";
    List<Sentence> s = new TextAnalyzer(NlpModels.load()).analyze(text, 0, text.length());
    List<String> texts = s.stream().map(Sentence::collapsed).toList();
    assertThat(texts).contains("FLEET MOVEMENTS IN THE EASTERN SEAS AND ELSEWHERE REPORTED",
        "The commander of the squadron, who arrived yesterday, Rear Admiral Henry Fairweather Collins, reported that the"
            + " cruisers had left the"
            + " harbour at dawn and would reach the southern anchorage within two days.",
        "The following terms were agreed by both sides and the delegates",
        "Coal stores at the northern pier and in the old town 4,000 tons",
        "The stores that the garrison kept in the old town and at the pier", "4 Supplies of the garrison");
    // offsets stay offsets into the text
    for (Sentence x : s) {
      assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text());
    }
  }

  @Test
  void chunksAreSplitAsTheTokenizerSplitsTheSentence() {
    NlpModels models = NlpModels.load();
    TextAnalyzer analyzer = new TextAnalyzer(models);
    opennlp.tools.tokenize.TokenizerME reference = new opennlp.tools.tokenize.TokenizerME(models.tokenizerModel());
    List<String> pieces = List.of("Lithuania's", "1939,", "(AP)—Red", "U.S.S.R.", "J.", "Smith", "\"virtual", "sacrifice.\"", "e.g.",
        "St.", "20,000-strong", "10/12/1939", "Urbšys'", "it's", "don't", "[27]", "Art.", "II.", "—", "–", "a", ".", "...", "$5",
        "5%", "Soviet–Lithuanian", "etc.)", "(i)", "1st", "«Pravda»", "x\u00a0y", "Mr.", "12:30", "#", "'quoted'");
    List<String> gaps = List.of(" ", "  ", "\t", "\u00a0", "\u2009", "");
    long seed = 27L;
    System.out.println("TextAnalyzerTest seed " + seed);
    java.util.Random rnd = new java.util.Random(seed);
    for (int round = 0; round < 3000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + rnd.nextInt(25);
      for (int i = 0; i < n; i++) {
        sb.append(gaps.get(rnd.nextInt(gaps.size()))).append(pieces.get(rnd.nextInt(pieces.size())));
      }
      String sentence = sb.toString();
      assertThat(analyzer.modelTokens(sentence)).as(sentence).containsExactly(reference.tokenizePos(sentence));
    }
  }

  @Test
  void linesSentencesTokensAndPossessives() {
    String text = "Treaty text\n\nLithuania's army waited. Urbšys' reply came by J. Smith later.\n  • Article I: Transfer";
    List<Sentence> s = new TextAnalyzer(NlpModels.load()).analyze(text, 0, text.length());
    assertThat(s).extracting(Sentence::text)
        .containsExactly("Treaty text", "Lithuania's army waited.", "Urbšys' reply came by J. Smith later.", "• Article I: Transfer");
    assertThat(s.get(1).tokenTexts()).startsWith("Lithuania", "'s", "army");
    assertThat(s.get(2).tokenTexts()).startsWith("Urbšys", "'");
    for (Sentence x : s) {
      for (Token t : x.tokens()) {
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
      }
    }
    assertThat(s.get(1).tokens().get(0).pos()).isEqualTo("PROPN");
  }

  @Test
  void footnoteNumbersAfterACommaAreTokensOfTheirOwn() {
    String text = "The chairman of the council, Mertsaveski,13 is already in Tartu; the mayor, Oolberg;4 has left.";
    List<Sentence> s = new TextAnalyzer(NlpModels.load()).analyze(text, 0, text.length());
    assertThat(s.get(0).tokenTexts()).containsSubsequence("Mertsaveski", ",", "13", "is")
        .containsSubsequence("Oolberg", ";", "4", "has");
    String figures = "Up to 50,000 soldiers and 1,500 guns; 2,000 more came.";
    assertThat(new TextAnalyzer(NlpModels.load()).analyze(figures, 0, figures.length()).get(0).tokenTexts())
        .contains("50,000", "1,500", "2,000");
  }

  @Test
  void citationMarksAreBlankedWithoutMovingOffsets() {
    PreparedText p = PreparedText.of("Vilnius.[27] Then[lt] more.\n" + "x\n".repeat(20) + "References\n1. ^ a source");
    assertThat(p.masked()).startsWith("Vilnius.     Then     more.");
    assertThat(p.masked()).hasSameSizeAs(p.original());
    assertThat(p.original().substring(p.bodyEnd())).startsWith("References");
  }

  @Test
  void runOnTextIsCutIntoBoundedPieces() {
    String text = "word ".repeat(2000).strip();
    List<Sentence> s = new TextAnalyzer(NlpModels.load()).analyze(text, 0, text.length());
    assertThat(s).hasSizeGreaterThan(5);
    assertThat(s).allMatch(x -> x.text().length() <= TextAnalyzer.MAX_SENTENCE_CHARS);
    assertThat(s.get(0).start()).isZero();
    assertThat(s.get(s.size() - 1).end()).isEqualTo(text.length());
  }

  @Test
  void wordsRunTogetherByWebPagesAreSplit() {
    String text = "He asserted control over the Soviet UnionSoviet Union and negotiationsBackground with McDonald and MacArthur.";
    List<Sentence> s = new TextAnalyzer(NlpModels.load()).analyze(text, 0, text.length());
    assertThat(s.get(0).tokenTexts()).contains("Union", "Soviet", "negotiations", "Background", "McDonald", "MacArthur");
  }
}
