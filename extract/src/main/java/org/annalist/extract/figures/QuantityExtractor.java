package org.annalist.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.extract.nlp.Sentence;
import org.annalist.extract.nlp.Token;
import org.annalist.model.DateExpression;
import org.annalist.model.Provenance;
import org.annalist.model.Quantity;
import org.annalist.model.text.Regex;

/**
 * Every number with what it counts: the number (digits with separators and decimals, "2.5 million",
 * "twenty thousand") and the noun after it, over at most two adjectives or numbers, as the POS tagger
 * sees them ("22,265 soldiers", "6,739 km2", "90 estates", "7.5 million dollars"). Numbers inside
 * date expressions, citation-like list numbers and article numbers are left out.
 *
 * <p>Stateless and thread-safe.
 */
public final class QuantityExtractor {
  public static final String SOURCE = "quantity-pos";
  private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,])(?:" + NumberParser.PATTERN + ")(?![\\d\\p{L}])",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> MODIFIER_POS = Set.of("ADJ", "NUM", "PROPN");

  public List<Quantity> extract(String docId, List<Sentence> sentences, List<DateExpression> dates) {
    List<Quantity> out = new ArrayList<>();
    for (Sentence s : sentences) {
      Matcher m = NUMBER.matcher(s.text());
      while (m.find()) {
        int start = s.start() + m.start();
        int end = s.start() + m.end();
        if (dates.stream().anyMatch(d -> d.provenance().start() < end && start < d.provenance().end())) {
          continue;
        }
        String num = m.group();
        // NumberParser reads separators, words and "2.5 million"; a bare decimal keeps its fraction here
        OptionalLong n = NumberParser.parse(num);
        if (n.isEmpty()) {
          continue;
        }
        double value = Regex.matches(num, "\\d+\\.\\d+") ? Double.parseDouble(num) : n.getAsLong();
        Token noun = countedNoun(s, end);
        if (noun == null) {
          continue;
        }
        // "1 Background", "7 Consequences": a numbered heading, not a count
        if (s.text().substring(0, m.start()).isBlank() && Character.isUpperCase(s.text().charAt(
            Math.min(s.text().length() - 1, m.end() + 1)))) {
          continue;
        }
        String text = s.text().substring(m.start(), noun.end() - s.start());
        out.add(new Quantity(value, noun.text(), text, new Provenance(docId, start, noun.end(), s.collapsed(), SOURCE, 1.0)));
      }
    }
    return out;
  }

  /** The noun counted by a number ending at {@code end}: the first NOUN within three tokens, past adjectives. */
  private static Token countedNoun(Sentence s, int end) {
    List<Token> toks = s.tokens();
    int i = 0;
    while (i < toks.size() && toks.get(i).start() < end) {
      i++;
    }
    // "25,000-strong contingent": skip the "-strong" part of the number's own token
    for (int k = i; k < toks.size() && k < i + 4; k++) {
      Token t = toks.get(k);
      // a common noun of two letters or more: capitalized words after numbers are headings or names
      if ((t.pos().equals("NOUN") && t.text().length() > 1 && Character.isLowerCase(t.text().codePointAt(0)))
          || Regex.matches(t.text(), "km2|km²|sq|ha")) {
        return t;
      }
      if (!MODIFIER_POS.contains(t.pos()) && !Regex.matches(t.text(), "-?strong|of")) {
        return null;
      }
    }
    return null;
  }
}
