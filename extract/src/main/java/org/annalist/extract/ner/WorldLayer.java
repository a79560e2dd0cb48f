package org.annalist.extract.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.extract.nlp.Sentence;
import org.annalist.extract.nlp.Token;
import org.annalist.model.EntityType;
import org.annalist.model.knowledge.Gazetteer;

/**
 * The world's towns and cities ({@link Gazetteer#worldPlace}), taken as places only where the text
 * treats the name as a place: after a preposition of place ("landed at Kure", "the port of Larnaca"),
 * before a known country ("Veracruz, Mexico"), or where the name finder found a name at exactly those
 * words. So the 140,000 names of the world do not turn capitalized words that are a village somewhere
 * ("Victory", "Commerce") into places, and the name finder's type is corrected where the data knows better.
 *
 * <p>Thread-safe: it only reads the gazetteer.
 */
final class WorldLayer {
  static final String SOURCE = "geonames";
  private static final int MAX_TOKENS = 4;
  /** A name finder's guess below this does not confirm a town ("Tikhonova, Keedro, Sare and Ruus" are people). */
  private static final double MIN_CONFIDENCE = 0.5;
  private static final Set<String> BEFORE = Set.of("in", "at", "near", "from", "to", "into", "via", "toward", "towards",
      "outside", "around", "off", "between", "through", "reached", "reach", "left", "entered", "occupied", "captured",
      "took", "leaving", "reaching", "entering", "occupying", "occupy", "seize", "seized", "bombarded", "evacuated", "Near",
      "In", "At", "From", "To");
  private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "port", "village", "island", "islands", "harbour",
      "harbor", "province", "region", "district", "fortress", "fort", "capital", "garrison", "base", "station", "coast",
      "bay", "mouth", "suburb", "suburbs", "outskirts", "banks", "area", "municipality", "county", "bases", "ports", "towns");

  private final Gazetteer gazetteer;

  WorldLayer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * World places in a sentence that its context or the name finder confirms.
   *
   * @param found the other layers' candidates: a model candidate at the same words confirms a name
   */
  List<Candidate> find(Sentence sentence, List<Candidate> found) {
    List<Token> t = sentence.tokens();
    List<Candidate> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      String w = t.get(i).text();
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
        i++;
        continue;
      }
      int matched = 0;
      StringBuilder key = new StringBuilder();
      List<String> keys = new ArrayList<>();
      for (int k = i; k < t.size() && k < i + MAX_TOKENS; k++) {
        if (k > i) {
          key.append(' ');
        }
        key.append(t.get(k).text());
        keys.add(key.toString());
      }
      for (int len = keys.size(); len >= 1; len--) {
        if (gazetteer.worldPlace(keys.get(len - 1)).isPresent() && confirmed(t, i, i + len, found)) {
          matched = len;
          break;
        }
      }
      if (matched > 0) {
        out.add(new Candidate(i, i + matched, EntityType.LOCATION, SOURCE, 2, 1.0));
        i += matched;
      } else {
        i++;
      }
    }
    return out;
  }

  private boolean confirmed(List<Token> t, int start, int end, List<Candidate> found) {
    for (Candidate c : found) {
      // the name finder's person stays a person: "Tikhonova" is a village somewhere, and a surname here
      if (c.source().equals(ModelLayer.SOURCE) && c.start() == start && c.end() == end && c.type() != EntityType.PERSON
          && c.confidence() >= MIN_CONFIDENCE) {
        return true;
      }
    }
    // the name finder's person ("a note from Bryan") is no town, whatever the preposition
    for (Candidate c : found) {
      if (c.source().equals(ModelLayer.SOURCE) && c.type() == EntityType.PERSON && c.start() < end && start < c.end()) {
        return false;
      }
    }
    if (start > 0) {
      String prev = t.get(start - 1).text();
      if (BEFORE.contains(prev)) {
        return true;
      }
      // "the port of Larnaca", "the island of Labuan"
      if (prev.equals("of") && start > 1 && PLACE_NOUNS.contains(t.get(start - 2).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    // "Kure, Japan": a town before its country
    if (end + 1 < t.size() && t.get(end).text().equals(",")) {
      return gazetteer.lookup(t.get(end + 1).text()).map(Gazetteer.Entry::isCountry).orElse(false);
    }
    return false;
  }
}
