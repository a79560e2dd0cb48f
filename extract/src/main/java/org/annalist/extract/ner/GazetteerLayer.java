package org.annalist.extract.ner;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.tokenize.TokenizerME;
import org.annalist.extract.nlp.TextAnalyzer;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import org.annalist.extract.nlp.Sentence;
import org.annalist.model.EntityType;
import org.annalist.model.knowledge.Gazetteer;

/**
 * Finds the gazetteer's names and aliases, case-sensitively, with one {@link DictionaryNameFinder}
 * per entity type. Names are tokenized with the document tokenizer so "Lithuania's" and
 * "Soviet–Lithuanian" split the same way in both.
 */
final class GazetteerLayer implements Layer {
  static final String SOURCE = "gazetteer";
  private final Map<EntityType, DictionaryNameFinder> finders = new EnumMap<>(EntityType.class);

  GazetteerLayer(Gazetteer gazetteer, TokenizerME tokenizer) {
    Map<EntityType, Dictionary> dicts = new EnumMap<>(EntityType.class);
    for (EntityType t : EntityType.values()) {
      dicts.put(t, new Dictionary(true));
    }
    for (Map.Entry<String, Gazetteer.Entry> e : gazetteer.surfaces().entrySet()) {
      String[] toks = TextAnalyzer.tokenize(tokenizer, e.getKey());
      if (toks.length > 0) {
        dicts.get(e.getValue().type()).put(new StringList(toks));
      }
    }
    for (EntityType t : EntityType.values()) {
      finders.put(t, new DictionaryNameFinder(dicts.get(t), t.name()));
    }
  }

  @Override
  public List<Candidate> find(Sentence sentence) {
    String[] tokens = sentence.tokenTexts();
    List<Candidate> out = new ArrayList<>();
    find(tokens, out);
    // newspaper datelines and headlines are in capitals ("HELSINKI, Finland, Nov 4"): look the
    // capitalized words up in title case too
    String[] titled = new String[tokens.length];
    boolean changed = false;
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      if (t.length() >= 3 && t.equals(t.toUpperCase(java.util.Locale.ROOT)) && t.chars().allMatch(Character::isLetter)) {
        titled[i] = t.charAt(0) + t.substring(1).toLowerCase(java.util.Locale.ROOT);
        changed = true;
      } else {
        titled[i] = t;
      }
    }
    if (changed) {
      List<Candidate> more = new ArrayList<>();
      find(titled, more);
      for (Candidate c : more) {
        if (!out.contains(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private void find(String[] tokens, List<Candidate> out) {
    for (Map.Entry<EntityType, DictionaryNameFinder> f : finders.entrySet()) {
      for (Span s : f.getValue().find(tokens)) {
        out.add(new Candidate(s.getStart(), s.getEnd(), f.getKey(), SOURCE, 3, 1.0));
      }
    }
  }
}
