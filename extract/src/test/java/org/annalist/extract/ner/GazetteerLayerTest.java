package org.annalist.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import org.annalist.extract.nlp.NlpModels;
import org.annalist.extract.nlp.TextAnalyzer;
import org.annalist.model.EntityType;
import org.annalist.model.knowledge.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The token trie finds exactly what OpenNLP's {@code DictionaryNameFinder} (one dictionary per type)
 * found before it: checked on random token sequences made of the gazetteer's own names, their
 * pieces, capitals and filler words, so that names overlap, nest and run into each other.
 */
class GazetteerLayerTest {
  private static NlpModels models;
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    models = NlpModels.load();
    gazetteer = Gazetteer.bundled();
  }

  /** The former implementation, kept here as the reference. */
  private static List<Candidate> reference(Map<EntityType, DictionaryNameFinder> finders, String[] tokens) {
    List<Candidate> out = new ArrayList<>();
    find(finders, tokens, out);
    String[] titled = new String[tokens.length];
    boolean changed = false;
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      if (t.length() >= 3 && t.equals(t.toUpperCase(Locale.ROOT)) && t.chars().allMatch(Character::isLetter)) {
        titled[i] = t.charAt(0) + t.substring(1).toLowerCase(Locale.ROOT);
        changed = true;
      } else {
        titled[i] = t;
      }
    }
    if (changed) {
      List<Candidate> more = new ArrayList<>();
      find(finders, titled, more);
      for (Candidate c : more) {
        if (!out.contains(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static void find(Map<EntityType, DictionaryNameFinder> finders, String[] tokens, List<Candidate> out) {
    for (Map.Entry<EntityType, DictionaryNameFinder> f : finders.entrySet()) {
      for (Span s : f.getValue().find(tokens)) {
        out.add(new Candidate(s.getStart(), s.getEnd(), f.getKey(), GazetteerLayer.SOURCE, 3, 1.0));
      }
    }
  }

  @Test
  void findsWhatTheDictionaryNameFinderFound() {
    TokenizerME tokenizer = new TokenizerME(models.tokenizerModel());
    Map<EntityType, Dictionary> dicts = new EnumMap<>(EntityType.class);
    for (EntityType t : EntityType.values()) {
      dicts.put(t, new Dictionary(true));
    }
    List<String[]> names = new ArrayList<>();
    for (Map.Entry<String, Gazetteer.Entry> e : gazetteer.surfaces().entrySet()) {
      String[] toks = TextAnalyzer.tokenize(tokenizer, e.getKey());
      if (toks.length > 0) {
        dicts.get(e.getValue().type()).put(new StringList(toks));
        names.add(toks);
      }
    }
    Map<EntityType, DictionaryNameFinder> finders = new EnumMap<>(EntityType.class);
    for (EntityType t : EntityType.values()) {
      finders.put(t, new DictionaryNameFinder(dicts.get(t), t.name()));
    }
    GazetteerLayer layer = new GazetteerLayer(gazetteer, tokenizer);
    List<String> filler = List.of("the", "of", "and", "in", ",", "Soviet", "Union", "Republic", "North", "River", "THE", "'s");
    long seed = 20261130L;
    System.out.println("GazetteerLayerTest seed " + seed);
    Random rnd = new Random(seed);
    int matches = 0;
    for (int round = 0; round < 3000; round++) {
      List<String> toks = new ArrayList<>();
      int parts = 1 + rnd.nextInt(8);
      for (int p = 0; p < parts; p++) {
        int kind = rnd.nextInt(5);
        String[] name = names.get(rnd.nextInt(names.size()));
        if (kind <= 1) {
          toks.addAll(List.of(name));
        } else if (kind == 2) {
          // a name in capitals, as datelines print it
          for (String t : name) {
            toks.add(t.toUpperCase(Locale.ROOT));
          }
        } else if (kind == 3) {
          // the first words of a name only
          toks.addAll(List.of(name).subList(0, Math.max(1, name.length - 1)));
        } else {
          toks.add(filler.get(rnd.nextInt(filler.size())));
        }
      }
      String[] tokens = toks.toArray(String[]::new);
      List<Candidate> expected = reference(finders, tokens);
      assertThat(layer.find(SpacedSentence.of(tokens))).as("tokens %s", toks).isEqualTo(expected);
      matches += expected.size();
    }
    assertThat(matches).isGreaterThan(3000);
  }
}
