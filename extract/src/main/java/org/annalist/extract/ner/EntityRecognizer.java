package org.annalist.extract.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.tokenize.TokenizerME;
import org.annalist.extract.Budget;
import org.annalist.extract.nlp.NlpModels;
import org.annalist.extract.nlp.Sentence;
import org.annalist.extract.nlp.Token;
import org.annalist.model.EntityType;
import org.annalist.model.Mention;
import org.annalist.model.Provenance;
import org.annalist.model.knowledge.Gazetteer;
import org.annalist.model.text.Regex;

/**
 * Combines the gazetteer, rule and model layers into one list of mentions per sentence.
 *
 * <p>Precedence: candidates are taken longest first, and at equal length gazetteer before rule
 * before model; a candidate overlapping one already taken is dropped. Model candidates must also
 * pass {@link #plausible}: the wikigold model's frequent errors on this genre are demonyms,
 * events and treaties tagged as names, and capitalized common words at the start of a sentence.
 * Finally a coordination rule types unknown names listed together with places as places
 * ("in Alytus, Prienai and Gaižiūnai").
 *
 * <p>Not thread-safe; one per thread.
 */
public final class EntityRecognizer {
  private static final Set<String> EVENT_WORDS = Set.of("War", "Revolution", "Revolt", "Mutiny", "Battle", "Treaty",
      "Pact", "Agreement", "Protocol", "Protocols", "Declaration", "Accord", "Concordat", "Incident", "Operation",
      "Uprising", "Offensive", "Crisis", "Line", "Convention", "Peace", "Ultimatum", "Plan", "Day", "Act", "Law",
      "Constitution", "Conference", "Congress", "Rally", "Election", "Elections", "Referendum", "Trial", "Treaties", "Pacts",
      "Agreements", "Wars", "Contracting", "Fundamentals", "Series");
  private static final Set<String> CALENDAR = Set.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday", "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Jan", "Feb", "Mar",
      "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");
  private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "von", "der", "de", "van", "for", "on", "in", "-", "–");

  private static final Set<String> COURTESY = Set.of("Mr.", "Mrs.", "Dr.", "M.", "Mme.", "Sir", "Lord", "Viscount", "Earl", "Herr");
  private static final Set<String> INSTITUTION_WORDS = Set.of("People", "State", "Party", "Republic", "Council",
      "Government", "Army", "Union", "Commissar", "Commissariat", "Supreme", "Central", "Committee", "Ministry", "Assembly",
      "Defence", "Defense", "Interior", "Justice", "Finance", "Affairs", "Education", "Agriculture", "Trade", "War", "Navy");
  private static final Set<String> PERSON_PREFIXES = Set.of("Prime", "Deputy", "Foreign", "Vice", "Chief", "Supreme",
      "Acting", "Former", "Brigadier", "Lieutenant");
  /** Capitalized function words: a model span holding one has run across a sentence or heading. */
  private static final Set<String> FUNCTION_WORDS = Set.of("The", "A", "An", "In", "On", "At", "Of", "And", "But", "As",
      "For", "To", "By", "With", "From", "This", "That", "These", "It", "He", "She", "They", "We", "After", "Before");

  /** Generic words of armed services: a span of nothing else is a kind of force, not a named one. */
  private static final Set<String> SERVICE_WORDS = Set.of("Army", "Navy", "Air", "Force", "Forces", "Corps", "Division",
      "Brigade", "Infantry", "Artillery", "Cavalry", "Group", "Regiment", "Battalion", "Fleet", "Command", "Headquarters",
      "Staff", "and");
  /** Plural nouns of soldiers, never a person's surname. */
  private static final Set<String> FORCE_PLURALS = Set.of("Troops", "Forces", "Marines", "Soldiers", "Sailors", "Regulars",
      "Volunteers", "Reserves", "Guards");
  /** Glued prefixes that make the capitalized word after them an adjective ("pro-Entente", "anti-Soviet"). */
  private static final Set<String> ADJECTIVE_PREFIXES = Set.of("pro", "anti", "non", "ex", "pan", "neo", "post", "pre");

  private final Gazetteer gazetteer;
  private final List<Layer> layers;
  private final ModelLayer model;
  private final WorldLayer world;

  public EntityRecognizer(NlpModels models, Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.model = new ModelLayer(models.nameModel());
    this.layers = List.of(new GazetteerLayer(gazetteer, new TokenizerME(models.tokenizerModel())), new RuleLayer(), model);
    this.world = new WorldLayer(gazetteer);
  }

  /** Mentions in the sentences of one document, in text order. */
  public List<Mention> recognize(String docId, List<Sentence> sentences) {
    List<Mention> out = new ArrayList<>();
    List<List<Candidate>> resolved = new ArrayList<>();
    for (Sentence s : sentences) {
      Budget.check();
      resolved.add(resolve(s));
    }
    propagate(sentences, resolved);
    for (int n = 0; n < sentences.size(); n++) {
      Sentence s = sentences.get(n);
      for (Candidate c : resolved.get(n)) {
        if (c.source().equals(RuleLayer.VESSEL_SOURCE)) {
          continue;
        }
        Token first = s.tokens().get(c.start());
        Token last = s.tokens().get(c.end() - 1);
        String text = s.text().substring(first.start() - s.start(), last.end() - s.start());
        // "Khrushchev..." is one token; the name ends before the ellipsis
        while (text.length() > 2 && (text.endsWith(".") || text.endsWith("…")) && Character.isLowerCase(text.charAt(text.length() - 2))
            || text.endsWith("..")) {
          text = text.substring(0, text.length() - 1);
        }
        if (text.isBlank()) {
          continue;
        }
        out.add(new Mention(c.type(), text,
            new Provenance(docId, first.start(), first.start() + text.length(), s.collapsed(), c.source(), round(c.confidence()))));
      }
    }
    model.clearAdaptiveData();
    return out;
  }

  /** Source of a name found again where the document names it once more: it was typed by a rule or by context elsewhere. */
  static final String DOCUMENT_SOURCE = "document";
  private static final int MAX_PROPAGATED_TOKENS = 6;

  /**
   * One sense per document: a name that a rule or its context typed in one sentence ("Westerplatte is a
   * peninsula", "landed at Kure") is the same name where the document repeats it without that
   * context. Untagged repetitions are added, and the name finder's other type for the same words is
   * corrected; a name typed two ways by rules is left alone.
   */
  private void propagate(List<Sentence> sentences, List<List<Candidate>> resolved) {
    Map<List<String>, EntityType> known = new HashMap<>();
    java.util.Set<List<String>> ambiguous = new java.util.HashSet<>();
    for (int n = 0; n < sentences.size(); n++) {
      List<Token> t = sentences.get(n).tokens();
      for (Candidate c : resolved.get(n)) {
        if (!c.source().equals(RuleLayer.SOURCE) && !c.source().equals(WorldLayer.SOURCE) || c.length() > MAX_PROPAGATED_TOKENS) {
          continue;
        }
        List<String> key = new ArrayList<>();
        for (int i = c.start(); i < c.end(); i++) {
          key.add(t.get(i).text());
        }
        String first = key.get(0);
        if (key.size() == 1 && (first.length() < 3 || FUNCTION_WORDS.contains(first) || CALENDAR.contains(first)
            || gazetteer.isDemonym(first) || INSTITUTION_WORDS.contains(first) || RuleLayer.isTitle(first))) {
          continue;
        }
        List<List<String>> keys = new ArrayList<>(List.of(key));
        // "the Westerplatte peninsula": the name alone is the same place
        if (key.size() > 1 && Character.isLowerCase(key.get(key.size() - 1).codePointAt(0)) && c.type() == EntityType.LOCATION) {
          keys.add(key.subList(0, key.size() - 1));
        }
        for (List<String> k : keys) {
          EntityType before = known.putIfAbsent(k, c.type());
          if (before != null && before != c.type()) {
            ambiguous.add(k);
          }
        }
      }
    }
    ambiguous.forEach(known::remove);
    if (known.isEmpty()) {
      return;
    }
    Map<String, List<List<String>>> byFirst = new HashMap<>();
    for (List<String> k : known.keySet()) {
      byFirst.computeIfAbsent(k.get(0), x -> new ArrayList<>()).add(k);
    }
    byFirst.values().forEach(l -> l.sort(Comparator.comparingInt((List<String> k) -> k.size()).reversed()
        .thenComparing(Object::toString)));
    for (int n = 0; n < sentences.size(); n++) {
      List<Token> t = sentences.get(n).tokens();
      List<Candidate> taken = resolved.get(n);
      List<Candidate> more = new ArrayList<>();
      for (int i = 0; i < t.size(); i++) {
        List<List<String>> keys = byFirst.get(t.get(i).text());
        if (keys == null) {
          continue;
        }
        for (List<String> k : keys) {
          if (!matches(t, i, k)) {
            continue;
          }
          Candidate c = new Candidate(i, i + k.size(), known.get(k), DOCUMENT_SOURCE, 2, 1.0);
          // "Westerplatte peninsula" ends where the name does not: only whole words, never inside a longer name
          boolean glued = i + k.size() < t.size() && RuleLayer.isNameWord(t.get(i + k.size()).text())
              || i > 0 && RuleLayer.isNameWord(t.get(i - 1).text()) && !FUNCTION_WORDS.contains(t.get(i - 1).text());
          List<Candidate> over = taken.stream().filter(c::overlaps).toList();
          if (over.isEmpty() && !glued) {
            more.add(c);
          } else if (over.size() == 1 && over.get(0).source().equals(ModelLayer.SOURCE) && over.get(0).start() == c.start()
              && over.get(0).end() == c.end() && over.get(0).type() != c.type()) {
            taken.set(taken.indexOf(over.get(0)), c);
          }
          i += k.size() - 1;
          break;
        }
      }
      if (!more.isEmpty()) {
        taken.addAll(more);
        taken.sort(Comparator.comparingInt(Candidate::start));
      }
    }
  }

  private static boolean matches(List<Token> t, int i, List<String> key) {
    if (i + key.size() > t.size()) {
      return false;
    }
    for (int j = 0; j < key.size(); j++) {
      if (!t.get(i + j).text().equals(key.get(j))) {
        return false;
      }
    }
    return true;
  }

  private static double round(double d) {
    return Math.round(d * 1000.0) / 1000.0;
  }

  List<Candidate> resolve(Sentence s) {
    List<Candidate> all = new ArrayList<>();
    // in a headline every word is capitalized, so neither the model nor the capitalization rules can
    // tell names from words there; only known names count
    boolean headline = headline(s);
    List<Candidate> raw = new ArrayList<>();
    for (Layer l : layers) {
      for (Candidate c : l.find(s)) {
        raw.add(c);
        if (headline && c.rank() < 3) {
          continue;
        }
        Candidate t = trim(s, c);
        // "Warsaw Pact", "Mannerheim Line": the name of the event, not the place or person
        boolean inEventName = t != null && c.source().equals(GazetteerLayer.SOURCE) && t.type() != EntityType.ORGANIZATION
            && (eventName(s, t) || afterEventName(s, t));
        // "on the Baltic": an adjective that the context makes a sea (a rank-4 rule after "the")
        boolean named = t != null && t.rank() >= 4 && t.start() > 0 && s.tokens().get(t.start() - 1).text().equalsIgnoreCase("the");
        if (t != null && (t.rank() > 1 || plausible(s, t)) && (!demonymOnly(s, t) || named) && !inEventName) {
          all.add(t);
        }
      }
    }
    if (!headline) {
      for (Candidate c : world.find(s, raw)) {
        String first = s.tokens().get(c.start()).text();
        if (!demonymOnly(s, c) && !eventName(s, c) && !afterEventName(s, c) && !CALENDAR.contains(first) && !FUNCTION_WORDS.contains(first)
            && !INSTITUTION_WORDS.contains(first) && !RuleLayer.TITLES.contains(first)) {
          all.add(c);
        }
      }
    }
    dropRuleOverreach(s, all);
    dropCountryGovernments(s, all);
    // "the Hanko peninsula", "the Gdańsk harbour": a known place keeps its own name; the noun only describes it
    List<Candidate> knownPlaces = all.stream().filter(g -> g.source().equals(GazetteerLayer.SOURCE) && g.type() == EntityType.LOCATION).toList();
    all.removeIf(r -> r.source().equals(RuleLayer.SOURCE) && r.type() == EntityType.LOCATION && r.length() >= 2
        && RuleLayer.PLACE_NOUNS.contains(s.tokens().get(r.end() - 1).text())
        && !RuleLayer.SETTLEMENT_NOUNS.contains(s.tokens().get(r.end() - 1).text())
        && knownPlaces.stream().anyMatch(g -> g.start() == r.start() && g.end() == r.end() - 1));
    retypeAcronyms(s, all);
    dropCapitalsThatAreKnown(s, all);
    givenNamesBeforeKnownSurnames(s, all);
    directions(s, all);
    // known names and rules first (longest first, gazetteer before rule at equal length), then the
    // model fills the gaps: a statistical guess never overrides a known name
    all.sort(Comparator.comparingInt((Candidate c) -> c.rank() > 1 ? 0 : 1)
        .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
        .thenComparing(Comparator.comparingInt(Candidate::rank).reversed())
        // at equal length a rule ("Prince Bismarck") outranks the world's towns
        .thenComparingInt(c -> c.source().equals(WorldLayer.SOURCE) ? 1 : 0)
        .thenComparingInt(Candidate::start)
        .thenComparing(Candidate::type));
    List<Candidate> taken = new ArrayList<>();
    for (Candidate c : all) {
      if (taken.stream().noneMatch(c::overlaps)) {
        taken.add(c);
      }
    }
    coordinate(s, taken);
    acronyms(s, taken);
    taken.sort(Comparator.comparingInt(Candidate::start));
    return taken;
  }

  /**
   * "the United States Government", "the Governments of ...": a known country before "Government" is the
   * country; the government itself is not named apart from it.
   */
  private void dropCountryGovernments(Sentence s, List<Candidate> all) {
    all.removeIf(r -> r.source().equals(RuleLayer.SOURCE) && r.type() == EntityType.ORGANIZATION && r.length() >= 2
        && s.tokens().get(r.end() - 1).text().equals("Government")
        && gazetteer.lookup(joined(s, r.start(), r.end() - 1)).map(Gazetteer.Entry::isCountry).orElse(false));
  }

  /** "B.C.O.F.", "R.N.Z.A.F.": a run of three or more dotted capitals is a body's short form, never a person or a place. */
  private static void retypeAcronyms(Sentence s, List<Candidate> all) {
    for (int n = 0; n < all.size(); n++) {
      Candidate c = all.get(n);
      if (!c.source().equals(ModelLayer.SOURCE) || c.type() == EntityType.ORGANIZATION) {
        continue;
      }
      StringBuilder b = new StringBuilder();
      for (int i = c.start(); i < c.end(); i++) {
        b.append(s.tokens().get(i).text());
      }
      if (Regex.matches(b.toString(), "(?:\\p{Lu}\\.){2,}\\p{Lu}\\.?")) {
        all.set(n, new Candidate(c.start(), c.end(), EntityType.ORGANIZATION, c.source(), c.rank(), c.confidence()));
      }
    }
  }

  private static String joined(Sentence s, int from, int to) {
    return s.text().substring(s.tokens().get(from).start() - s.start(), s.tokens().get(to - 1).end() - s.start());
  }

  /**
   * "Polish Military Transit Depot (WST)", "Royal Engineers (RE)": a short form in capitals in
   * parentheses right after a name is that name's short form, of the same type.
   */
  private static void acronyms(Sentence s, List<Candidate> taken) {
    List<Token> t = s.tokens();
    List<Candidate> more = new ArrayList<>();
    for (Candidate c : taken) {
      int o = c.end();
      if (o + 2 < t.size() && t.get(o).text().equals("(") && t.get(o + 2).text().equals(")")
          && Regex.matches(t.get(o + 1).text(), "\\p{Lu}{2,6}|(?:\\p{Lu}\\.){2,6}") && c.type() != EntityType.PERSON
          && taken.stream().noneMatch(x -> x.start() == o + 1)) {
        more.add(new Candidate(o + 1, o + 2, c.type(), RuleLayer.SOURCE, 2, 1.0));
      }
    }
    taken.addAll(more);
  }

  /**
   * A rule organization that begins with a known place or person and runs on with "of/on/for ..."
   * ("Soviet Union on August", "State Duma of Estonia in July") has overreached: drop it, the known
   * name stands.
   */
  private static void dropRuleOverreach(Sentence s, List<Candidate> all) {
    List<Candidate> drop = new ArrayList<>();
    for (Candidate r : all) {
      if (!r.source().equals(RuleLayer.SOURCE) || r.type() != EntityType.ORGANIZATION) {
        continue;
      }
      for (Candidate g : all) {
        if (!g.source().equals(GazetteerLayer.SOURCE)) {
          continue;
        }
        // "Soviet Union on August": the rule ran on past a known place through a lower-case word;
        // "Leningrad Military District" is a name of its own
        boolean overreach = g.start() == r.start() && g.end() < r.end() && g.type() != EntityType.ORGANIZATION
            && Character.isLowerCase(s.tokens().get(g.end()).text().codePointAt(0));
        boolean crossing = g.overlaps(r) && (g.start() < r.start() ? g.end() < r.end() : g.start() > r.start() && g.end() > r.end());
        // "Soviet Union Soviet Union": the head word ("Union") belongs to a known place that ends the span
        boolean knownHead = g.type() != EntityType.ORGANIZATION && g.end() == r.end() && g.start() > r.start()
            && !CONNECTORS.contains(s.tokens().get(g.start() - 1).text());
        if (overreach || crossing || knownHead) {
          drop.add(r);
          break;
        }
      }
    }
    all.removeAll(drop);
  }

  /** "Pravda TASS": a word in capitals that the gazetteer knows is no surname. */
  private void dropCapitalsThatAreKnown(Sentence s, List<Candidate> all) {
    all.removeIf(c -> c.source().equals(RuleLayer.SOURCE) && c.type() == EntityType.PERSON && c.length() >= 2
        && Regex.matches(s.tokens().get(c.end() - 1).text(), "\\p{Lu}{3,}")
        && (gazetteer.surfaces().containsKey(s.tokens().get(c.end() - 1).text())
            || gazetteer.surfaces().containsKey(Character.toString(s.tokens().get(c.end() - 1).text().charAt(0))
                + s.tokens().get(c.end() - 1).text().substring(1).toLowerCase(java.util.Locale.ROOT))));
  }

  private static final Set<String> CONTINENTS = Set.of("Europe", "Asia", "Africa", "America");
  private static final Set<String> DIRECTIONS = Set.of("Western", "Eastern", "Northern", "Southern", "Central", "Upper", "Lower",
      "North", "South", "East", "West", "Northwest", "Northeast", "Southwest", "Southeast");

  /** "Western Estonia", "Northern Karelia", "western Europe": a direction before a known place is part of the place's name. */
  private static void directions(Sentence s, List<Candidate> all) {
    List<Candidate> more = new ArrayList<>();
    for (Candidate c : all) {
      String before = c.start() > 0 ? s.tokens().get(c.start() - 1).text() : "";
      // "western Europe" is a region's name, "eastern Lithuania" a description
      boolean continent = CONTINENTS.contains(s.tokens().get(c.start()).text()) && c.length() == 1;
      // the name finder's guess over the direction ("Southern Africa" as an organization) does not block it
      if (c.source().equals(GazetteerLayer.SOURCE) && c.type() == EntityType.LOCATION && c.start() > 0 && !before.isEmpty()
          && (DIRECTIONS.contains(before) || continent && DIRECTIONS.contains(Character.toUpperCase(before.charAt(0)) + before.substring(1)))
          && all.stream().noneMatch(o -> o != c && o.rank() > 1 && o.start() <= c.start() - 1 && c.start() - 1 < o.end())) {
        more.add(new Candidate(c.start() - 1, c.end(), EntityType.LOCATION, RuleLayer.SOURCE, 2, 1.0));
      }
    }
    all.addAll(more);
  }

  /**
   * "Kazimieras Bizauskas" where the gazetteer knows only "Bizauskas" (as Kazys Bizauskas): a known
   * surname with an unknown given name before it is that person's full name as written, not the
   * gazetteer's person.
   */
  private void givenNamesBeforeKnownSurnames(Sentence s, List<Candidate> all) {
    List<Token> t = s.tokens();
    List<Candidate> more = new ArrayList<>();
    for (Candidate c : all) {
      if (!c.source().equals(GazetteerLayer.SOURCE) || c.type() != EntityType.PERSON || c.length() != 1 || c.start() == 0) {
        continue;
      }
      Token before = t.get(c.start() - 1);
      int at = c.start() - 1;
      boolean known = all.stream().anyMatch(o -> o != c && o.start() <= at && at < o.end() && o.rank() > 1);
      if (!known && givenName(before)) {
        // "Adolf Abramowitsch Joffe": a second given name (or patronymic) before the first
        int from = at;
        if (at > 0 && givenName(t.get(at - 1)) && all.stream().noneMatch(o -> o != c && o.start() <= at - 1 && at - 1 < o.end() && o.rank() > 1)) {
          from = at - 1;
        }
        more.add(new Candidate(from, c.end(), EntityType.PERSON, RuleLayer.SOURCE, 2, 1.0));
      }
    }
    all.addAll(more);
  }

  private static final Set<String> NAMED_AFTER_PLACE = Set.of("Treaty", "Treaties", "Peace", "Convention", "Armistice", "Protocol",
      "Pact", "Agreement", "Congress", "Conference", "Declaration", "Concordat");

  /**
   * "the Treaty of Brest-Litovsk", "the Peace of Paris": a place after a treaty's or congress's "of" is
   * part of the event's name, not a mention of the place.
   */
  private static boolean afterEventName(Sentence s, Candidate c) {
    int i = c.start();
    if (i >= 2 && s.tokens().get(i - 1).text().equals("the")) {
      i--;
    }
    return i >= 2 && s.tokens().get(i - 1).text().equals("of") && NAMED_AFTER_PLACE.contains(s.tokens().get(i - 2).text());
  }

  /** A name followed by an event word names the event ("Warsaw Pact", "Mannerheim Line", "Versailles Treaty"). */
  private static boolean eventName(Sentence s, Candidate c) {
    return c.end() < s.tokens().size() && EVENT_WORDS.contains(s.tokens().get(c.end()).text());
  }

  private boolean givenName(Token t) {
    return t.pos().equals("PROPN") && RuleLayer.isNameWord(t.text()) && !gazetteer.isDemonym(t.text())
        && !CALENDAR.contains(t.text()) && !INSTITUTION_WORDS.contains(t.text()) && t.text().length() > 2
        && !FUNCTION_WORDS.contains(t.text()) && t.text().chars().allMatch(Character::isLetter);
  }

  /** Drops leading titles, determiners and demonym-free possessives; null when nothing is left. */
  private Candidate trim(Sentence s, Candidate c) {
    int start = c.start();
    int end = c.end();
    List<Token> t = s.tokens();
    // "M. Molotov" is Monsieur Molotov, "M. P. Miller" a name with two initials
    if (c.type() == EntityType.PERSON && end - start > 2 && t.get(start).text().equals("M") && t.get(start + 1).text().equals(".")
        && !Regex.matches(t.get(start + 2).text(), "\\p{Lu}\\.?")) {
      start += 2;
    }
    while (start < end && (t.get(start).text().equals("The") || t.get(start).text().equals("the")
        || (c.type() == EntityType.PERSON && (RuleLayer.TITLES.contains(t.get(start).text())
            || PERSON_PREFIXES.contains(t.get(start).text()) || gazetteer.isDemonym(t.get(start).text()))))) {
      start++;
    }
    while (end > start && (Regex.matches(t.get(end - 1).text(), "\\p{Punct}+|…|['’][sS]") || t.get(end - 1).text().equals("’s")
        || t.get(end - 1).text().equals("'") || t.get(end - 1).text().equals(","))) {
      end--;
    }
    // a span that starts inside a hyphenated word: "British-Indian Division" is one name, while in
    // "the pro-Entente Volunteer Army" the first word is an adjective of the name that follows
    if (start == c.start() && start >= 1 && end - start >= 2 && glued(t, start - 1, start)) {
      String before = t.get(start - 1).text();
      if (before.endsWith("-") && ADJECTIVE_PREFIXES.contains(before.substring(0, before.length() - 1))) {
        start++;
      } else if (before.equals("-") && start >= 2 && glued(t, start - 2, start - 1) && c.type() == EntityType.ORGANIZATION
          && RuleLayer.isNameWord(t.get(start - 2).text()) && (start < 3 || !glued(t, start - 3, start - 2))) {
        start -= 2;
      }
    }
    if (start >= end) {
      return null;
    }
    // "U. S. Troops", "H. M. Forces": an initial before a plural noun of soldiers abbreviates a country
    if (c.type() == EntityType.PERSON && FORCE_PLURALS.contains(t.get(end - 1).text())) {
      return null;
    }
    return start == c.start() && end == c.end() ? c
        : new Candidate(start, end, c.type(), c.source(), c.rank(), c.confidence());
  }

  private static boolean glued(List<Token> t, int a, int b) {
    return t.get(a).end() == t.get(b).start();
  }

  private boolean demonymOnly(Sentence s, Candidate c) {
    for (int i = c.start(); i < c.end(); i++) {
      String w = s.tokens().get(i).text();
      if (!gazetteer.isDemonym(w) && !CONNECTORS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private boolean plausible(Sentence s, Candidate c) {
    List<Token> t = s.tokens();
    boolean anyProper = false;
    for (int i = c.start(); i < c.end(); i++) {
      String w = t.get(i).text();
      if (EVENT_WORDS.contains(w) || CALENDAR.contains(w) || FUNCTION_WORDS.contains(w) || Regex.matches(w, ".*\\d.*")
          || Regex.matches(w, "[IVXLC]+") || Regex.matches(w, ".*\\.\\p{L}{2,}.*") || RuleLayer.TITLES.contains(w)) {
        return false;
      }
      boolean cap = Character.isUpperCase(w.codePointAt(0));
      if (!cap && !CONNECTORS.contains(w)) {
        return false;
      }
      if (cap && !gazetteer.isDemonym(w) && (t.get(i).pos().equals("PROPN") || i > 0)) {
        anyProper = true;
      }
    }
    // "Aide-de-Camp": the end of a hyphenated word is no name of its own
    if (c.start() > 0 && t.get(c.start() - 1).text().equals("-") && t.get(c.start() - 1).end() == t.get(c.start()).start()
        && c.start() > 1 && t.get(c.start() - 2).end() == t.get(c.start() - 1).start()) {
      return false;
    }
    // "Scot-" + "land": a word broken at a line end is no name of its own, also where the sentence
    // stops at the break
    if (c.end() < t.size() && t.get(c.end()).text().equals("-") && t.get(c.end()).start() == t.get(c.end() - 1).end()
        && (c.end() + 1 == t.size() || Character.isLowerCase(t.get(c.end() + 1).text().codePointAt(0)))) {
      return false;
    }
    // "the Air Force", "an Army and Air Force component": the service words alone name no one force
    if (c.type() == EntityType.ORGANIZATION && c.length() >= 2
        && t.subList(c.start(), c.end()).stream().allMatch(w -> SERVICE_WORDS.contains(w.text()))) {
      return false;
    }
    // "the Commercial Relations", "Export Duties", "Foreign Affairs": capitalized common nouns, no proper noun among them
    boolean tagged = false;
    for (int i = c.start(); i < c.end(); i++) {
      tagged |= t.get(i).pos().equals("PROPN");
    }
    if (!tagged) {
      return false;
    }
    // doctrines and movements ("Nazism", "Bolshevism") are not entities; "Rus-" is a word broken at a line end
    if (t.get(c.end() - 1).text().endsWith("ism") || t.get(c.end() - 1).text().endsWith("-")) {
      return false;
    }
    // "the Latvian State": a demonym and a common noun
    if (c.length() == 2 && gazetteer.isDemonym(t.get(c.start()).text()) && INSTITUTION_WORDS.contains(t.get(c.end() - 1).text())) {
      return false;
    }
    // words of a treaty's title ("Treaty on the Fundamentals of ...")
    for (int k = Math.max(0, c.start() - 3); k < c.start(); k++) {
      if (EVENT_WORDS.contains(t.get(k).text()) && k + 1 < t.size()
          && (t.get(k + 1).text().equals("on") || t.get(k + 1).text().equals("of"))) {
        return false;
      }
    }
    // a single token must be tagged a proper noun: sentence-initial common words are capitalized too;
    // nor is a capitalized common word of an institution's name ("People's Commissar") a name
    if (c.length() == 1 && (!t.get(c.start()).pos().equals("PROPN") || INSTITUTION_WORDS.contains(t.get(c.start()).text()))) {
      return false;
    }
    // a span followed by an event word is part of an event name ("Winter War", "Klaipėda Revolt",
    // "Boundary and Friendship Treaty")
    for (int k = c.end(); k < t.size() && k < c.end() + 4; k++) {
      String w = t.get(k).text();
      // "the Mutual Assistance treaty", "the World Socialist revolution"
      if (EVENT_WORDS.contains(w) || (!w.isEmpty() && EVENT_WORDS.contains(Character.toUpperCase(w.charAt(0)) + w.substring(1)))) {
        return false;
      }
      if (!w.equals("and") && !Character.isUpperCase(w.codePointAt(0))) {
        break;
      }
    }
    // the first token of a span that starts with a demonym is an adjective, not a name
    if (gazetteer.isDemonym(t.get(c.start()).text()) && c.type() != EntityType.ORGANIZATION) {
      return false;
    }
    return anyProper && c.confidence() >= 0.3;
  }

  /** A headline in capitals, or in title case ("Tallinn Premier Says Independence Is Safe"). */
  private static boolean headline(Sentence s) {
    int letters = 0;
    int upper = 0;
    for (char ch : s.text().toCharArray()) {
      if (Character.isLetter(ch)) {
        letters++;
        if (Character.isUpperCase(ch)) {
          upper++;
        }
      }
    }
    if (letters >= 8 && upper * 10 >= letters * 9) {
      return true;
    }
    int words = 0;
    int capitalized = 0;
    for (Token t : s.tokens()) {
      String w = t.text();
      if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
        words++;
        if (Character.isUpperCase(w.charAt(0))) {
          capitalized++;
        }
      }
    }
    // a title-case line has its verbs capitalized too; a sentence of names has some lower-case words
    boolean verbCapitalized = s.tokens().stream().anyMatch(t -> t.pos().startsWith("VERB") && Character.isUpperCase(t.text().charAt(0))
        && t != s.tokens().get(0));
    // headlines carry no parentheses or courtesy titles ("Mr. Preston (Kovno) to Viscount Halifax")
    // nor semicolons (lists of units: "Heavy Artillery, U. S. V.; 1st Washington Inf.,")
    boolean notHeading = s.text().contains("(") || s.text().contains(";") || s.tokens().stream().anyMatch(t -> COURTESY.contains(t.text()));
    return words >= 4 && capitalized == words && verbCapitalized && !notHeading && !s.text().strip().endsWith(".");
  }

  /** Names listed one after another: {start, end, index in taken or -1}, and whether "and"/"or" joined them. */
  private static final class ListRun {
    final List<int[]> items = new ArrayList<>();
    boolean conjunction;
  }

  /**
   * In a list of names joined by commas and "and", unknown capitalized names beside places are
   * places too. Parenthesized asides after a name are skipped ("Alytus (infantry ...), Prienai").
   */
  private void coordinate(Sentence s, List<Candidate> taken) {
    List<Token> t = s.tokens();
    ListRun items = new ListRun();
    int i = 0;
    List<Candidate> added = new ArrayList<>();
    while (i < t.size()) {
      int[] item = nameAt(t, taken, i);
      if (item == null) {
        flush(t, items, taken, added);
        i++;
        continue;
      }
      items.items.add(item);
      int j = item[1];
      if (j < t.size() && t.get(j).text().equals("(")) {
        int depth = 0;
        while (j < t.size()) {
          if (t.get(j).text().equals("(")) {
            depth++;
          } else if (t.get(j).text().equals(")") && --depth == 0) {
            j++;
            break;
          }
          j++;
        }
      }
      int k = j;
      while (k < t.size() && (t.get(k).text().equals(",") || t.get(k).text().equals("and")
          || t.get(k).text().equals("or") || t.get(k).text().equals("in"))) {
        items.conjunction |= t.get(k).text().equals("and") || t.get(k).text().equals("or");
        k++;
      }
      if (k == j || k >= t.size()) {
        flush(t, items, taken, added);
        i = Math.max(j, i + 1);
        continue;
      }
      i = k;
    }
    flush(t, items, taken, added);
    taken.addAll(added);
  }

  /** A taken candidate or an untagged run of capitalized proper nouns starting at i: {start, end, takenIndex}. */
  private int[] nameAt(List<Token> t, List<Candidate> taken, int i) {
    for (int n = 0; n < taken.size(); n++) {
      if (taken.get(n).start() == i) {
        return new int[] {i, taken.get(n).end(), n};
      }
    }
    int k = i;
    // "J. Northcott, C.B., M.V.O.": letters after a name are honours, not more names of the list
    while (k < t.size() && t.get(k).pos().equals("PROPN") && RuleLayer.isNameWord(t.get(k).text())
        && !Regex.matches(t.get(k).text(), "(?:\\p{Lu}\\.)+\\p{Lu}?\\.?")
        && !gazetteer.isDemonym(t.get(k).text()) && !CALENDAR.contains(t.get(k).text())
        && !EVENT_WORDS.contains(t.get(k).text()) && !FUNCTION_WORDS.contains(t.get(k).text())
        && !INSTITUTION_WORDS.contains(t.get(k).text()) && (k == 0 || !t.get(k - 1).text().equals("of"))
        && (k + 1 >= t.size() || !Regex.matches(t.get(k + 1).text(), "'s|’s"))
        && (k == 0 || !Regex.matches(t.get(k - 1).text(), "'s|’s"))) {
      final int kk = k;
      if (taken.stream().anyMatch(c -> c.start() <= kk && kk < c.end())) {
        break;
      }
      k++;
    }
    return k > i && k - i <= 3 ? new int[] {i, k, -1} : null;
  }

  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "to", "into", "of", "between", "offering");

  private static final java.util.regex.Pattern OTHER_PLACES = java.util.regex.Pattern.compile(
      "^,? ?(?:and|or) (?:other|several|many|some|all) (?:\\p{Ll}+ ){0,2}(?:places|towns|cities|villages|localities|ports"
      + "|islands|countries|states|provinces|districts|regions|points|harbours|harbors|settlements|communes|parishes)\\b.*");

  /** "Saint Michel, Ennery, Limbe and other surrounding places": the list's names are places, whatever the name finder said. */
  private static boolean otherPlacesAfter(List<Token> t, int from) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < t.size() && i < from + 6; i++) {
      b.append(i > from ? " " : "").append(t.get(i).text());
    }
    return OTHER_PLACES.matcher(b).matches();
  }

  private static final java.util.regex.Pattern PLACES_SUCH_AS = java.util.regex.Pattern.compile(
      ".*\\b(?:places|towns|cities|villages|localities|ports|islands|countries|states|provinces|districts|regions|harbours"
      + "|harbors|anchorages|bases|settlements|fortresses|forts|capitals) (?:\\p{Ll}+ )?(?:such as|like|including|as)$");

  /** "deep anchorages such as Skálafjørður", "ports like Kure and Hiro": the names a plural noun of places introduces. */
  private static boolean placesSuchAsBefore(List<Token> t, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = Math.max(0, to - 5); i < to; i++) {
      b.append(b.length() > 0 ? " " : "").append(t.get(i).text());
    }
    return PLACES_SUCH_AS.matcher(b).matches();
  }

  private void flush(List<Token> t, ListRun run, List<Candidate> taken, List<Candidate> added) {
    List<int[]> items = run.items;
    if (!items.isEmpty() && (otherPlacesAfter(t, items.get(items.size() - 1)[1]) || placesSuchAsBefore(t, items.get(0)[0]))) {
      for (int[] it : items) {
        if (it[2] < 0) {
          added.add(new Candidate(it[0], it[1], EntityType.LOCATION, RuleLayer.SOURCE, 2, 1.0));
        } else if (taken.get(it[2]).source().equals(ModelLayer.SOURCE) && taken.get(it[2]).type() != EntityType.LOCATION) {
          Candidate old = taken.get(it[2]);
          taken.set(it[2], new Candidate(old.start(), old.end(), EntityType.LOCATION, RuleLayer.SOURCE, 2, 1.0));
        }
      }
      items.clear();
      run.conjunction = false;
      return;
    }
    boolean locative = !items.isEmpty() && items.get(0)[0] > 0 && LOCATIVE.contains(t.get(items.get(0)[0] - 1).text());
    // a list has "and" or "or" before its last item; "Moscow, Ladas Natkevičius" is an apposition
    if (items.size() >= 3 || (items.size() >= 2 && locative && run.conjunction)) {
      java.util.EnumSet<EntityType> known = java.util.EnumSet.noneOf(EntityType.class);
      for (int[] it : items) {
        // a world town confirmed only by the name finder is no evidence for the rest of the list
        if (it[2] >= 0 && !taken.get(it[2]).source().equals(ModelLayer.SOURCE)
            && (locative || !taken.get(it[2]).source().equals(WorldLayer.SOURCE))) {
          known.add(taken.get(it[2]).type());
        }
      }
      // only a list of one kind types its other members: places with places, people with people;
      // known names outrank the statistical model's guesses for the rest of the list
      if (known.size() == 1 && !known.contains(EntityType.ORGANIZATION)) {
        EntityType type = known.iterator().next();
        for (int[] it : items) {
          if (it[2] < 0) {
            added.add(new Candidate(it[0], it[1], type, RuleLayer.SOURCE, 2, 1.0));
          } else if (taken.get(it[2]).source().equals(ModelLayer.SOURCE) && taken.get(it[2]).type() != type) {
            Candidate old = taken.get(it[2]);
            taken.set(it[2], new Candidate(old.start(), old.end(), type, RuleLayer.SOURCE, 2, 1.0));
          }
        }
      }
    }
    items.clear();
    run.conjunction = false;
  }
}
