package org.annalist.extract.nlp;

import java.util.List;
import org.annalist.model.text.Regex;

/**
 * A sentence with its tokens.
 *
 * @param start  inclusive offset in the document
 * @param end    exclusive offset
 * @param text   the sentence as in the document
 * @param tokens its tokens, in order
 */
public record Sentence(int start, int end, String text, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** The sentence with runs of whitespace collapsed, for provenance columns. */
  public String collapsed() {
    return Regex.replaceAll(text.strip(), "\\s+", " ");
  }

  public String[] tokenTexts() {
    return tokens.stream().map(Token::text).toArray(String[]::new);
  }
}
