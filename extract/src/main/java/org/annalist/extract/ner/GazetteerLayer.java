package org.annalist.extract.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import opennlp.tools.tokenize.TokenizerME;
import org.annalist.extract.nlp.Sentence;
import org.annalist.extract.nlp.TextAnalyzer;
import org.annalist.model.EntityType;
import org.annalist.model.knowledge.Gazetteer;

/**
 * Finds the gazetteer's names and aliases, case-sensitively, in a trie over their tokens. Names are
 * tokenized with the document tokenizer so "Lithuania's" and "Soviet–Lithuanian" split the same way
 * in both.
 *
 * <p>What is found is what OpenNLP's {@code DictionaryNameFinder} with one dictionary per entity
 * type finds: per type, from each token on, the longest name of that type; after a match the search
 * goes on after it; types in declaration order. The trie walks each start once with the tokens as
 * they are (their hashes are cached by the strings), where the dictionary made, lower-cased,
 * interned and hashed a token list for every n-gram of every type.
 */
final class GazetteerLayer implements Layer {
  static final String SOURCE = "gazetteer";
  private static final EntityType[] TYPES = EntityType.values();

  /**
   * The trie of a gazetteer, built once and shared by the threads' layers: it is immutable after
   * construction. Keyed weakly by the gazetteer, which a run loads once; the names are tokenized by
   * the bundled tokenizer model, the only one a run uses.
   */
  private static final Map<Gazetteer, Node> TRIES = Collections.synchronizedMap(new WeakHashMap<>());

  /** A trie node: the token that follows, and the types of the names that end here (bits by ordinal). */
  private static final class Node {
    private Map<String, Node> next = Map.of();
    private int types;

    Node child(String token) {
      return next.get(token);
    }

    Node add(String token) {
      if (next.isEmpty()) {
        next = new HashMap<>(4);
      }
      return next.computeIfAbsent(token, t -> new Node());
    }
  }

  private final Node root;

  GazetteerLayer(Gazetteer gazetteer, TokenizerME tokenizer) {
    Node r = TRIES.get(gazetteer);
    if (r == null) {
      // built outside the lock: two threads may both build it the first time, both the same
      r = build(gazetteer, tokenizer);
      TRIES.putIfAbsent(gazetteer, r);
      r = TRIES.get(gazetteer);
    }
    this.root = r;
  }

  private static Node build(Gazetteer gazetteer, TokenizerME tokenizer) {
    Node root = new Node();
    for (Map.Entry<String, Gazetteer.Entry> e : gazetteer.surfaces().entrySet()) {
      String[] toks = TextAnalyzer.tokenize(tokenizer, e.getKey());
      if (toks.length > 0) {
        Node n = root;
        for (String t : toks) {
          n = n.add(t);
        }
        n.types |= 1 << e.getValue().type().ordinal();
      }
    }
    return root;
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
      if (t.length() >= 3 && allUpperLetters(t)) {
        titled[i] = t.charAt(0) + t.substring(1).toLowerCase(Locale.ROOT);
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

  /** Whether every char is a letter and the word equals its upper case (as {@code toUpperCase(ROOT)} would say). */
  private static boolean allUpperLetters(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!Character.isLetter(c)) {
        return false;
      }
    }
    return t.equals(t.toUpperCase(Locale.ROOT));
  }

  private void find(String[] tokens, List<Candidate> out) {
    int n = tokens.length;
    // longest[t][i]: end of the longest name of type t that starts at token i, or 0
    int[][] longest = new int[TYPES.length][];
    for (int i = 0; i < n; i++) {
      Node node = root;
      for (int k = i; k < n; k++) {
        node = node.child(tokens[k]);
        if (node == null) {
          break;
        }
        int bits = node.types;
        while (bits != 0) {
          int t = Integer.numberOfTrailingZeros(bits);
          bits &= bits - 1;
          if (longest[t] == null) {
            longest[t] = new int[n];
          }
          longest[t][i] = k + 1;
        }
      }
    }
    for (EntityType type : TYPES) {
      int[] ends = longest[type.ordinal()];
      if (ends == null) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        if (ends[i] > 0) {
          out.add(new Candidate(i, ends[i], type, SOURCE, 3, 1.0));
          i = ends[i] - 1;
        }
      }
    }
  }
}
