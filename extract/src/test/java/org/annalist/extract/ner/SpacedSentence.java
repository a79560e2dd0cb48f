package org.annalist.extract.ner;

import java.util.ArrayList;
import java.util.List;
import org.annalist.extract.nlp.Sentence;
import org.annalist.extract.nlp.Token;

/** A sentence made of given tokens joined by single spaces, for layers compared with OpenNLP's finders. */
final class SpacedSentence {
  private SpacedSentence() { }

  static Sentence of(String[] tokens) {
    List<Token> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String t : tokens) {
      if (text.length() > 0) {
        text.append(' ');
      }
      out.add(new Token(t, text.length(), text.length() + t.length(), "X"));
      text.append(t);
    }
    return new Sentence(0, text.length(), text.toString(), out);
  }
}
