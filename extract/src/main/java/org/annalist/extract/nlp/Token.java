package org.annalist.extract.nlp;

/**
 * A token with its offsets in the document text and its UD part-of-speech tag.
 *
 * @param text  surface form
 * @param start inclusive offset in the document
 * @param end   exclusive offset
 * @param pos   UD tag (PROPN, NOUN, NUM, ...)
 */
public record Token(String text, int start, int end, String pos) {
  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
