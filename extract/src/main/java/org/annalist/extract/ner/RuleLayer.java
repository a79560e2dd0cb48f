package org.annalist.extract.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.namefind.RegexNameFinder;
import opennlp.tools.util.Span;
import org.annalist.extract.nlp.Sentence;
import org.annalist.extract.nlp.Token;
import org.annalist.model.EntityType;

/**
 * Hand-written rules where they pay: the head words of place and organization names
 * ("X River", "Gulf of X", "X SSR", "16th Special Rifle Corps", "Union of X", "X Ministry"), through a
 * {@link RegexNameFinder} over the space-joined tokens; and people named after a title or rank
 * ("Foreign Minister Vilhelms Munters", "General Yudenich", "President A. Smetona"), where the
 * title itself is left out of the span.
 */
final class RuleLayer implements Layer {
  static final String SOURCE = "rule";
  private static final String W = "\\p{Lu}[\\p{L}\\p{M}'’\\-–]*";
  private static final String NOT_DET = "(?!(?:The|A|An|In|On|At|By|For|From|To|Of|And|But|After|Before|During|When|While) )";
  private static final String LOC_HEADS =
      "River|Region|region|Oblast|Province|province|Governorate|Voivodeship|County|Isthmus|Peninsula|Lagoon|Sea|Seas"
      + "|Bay|Strait|Mountains|Islands|Island|Spit|Krai|Uyezd|Commonwealth|Empire|Kingdom|Duchy|Principality|Khanate|(?<!Military )District"
      + "|Gulf|Republic|Peninsulas|Territory";
  private static final String ORG_HEADS =
      "Army|Navy|Fleet|Corps|Division|Brigade|Regiment|Battalion|Party|Union|Council|Committee|Ministry|Commissariat"
      + "|Parliament|Duma|Seimas|Saeima|Assembly|Congress|Bloc|Front|League|Conference|Forces|Agency|Company|Bank"
      + "|University|Academy|Institute|Church|Movement|Guard|Guards|Government|Office|Bureau|Court|Society"
      + "|Association|Organization|Organisation|Commission|Legion|Presidium|Cabinet|Senate|Times|Gazette|Herald|Staff"
      + "|Tribune|Journal|Chronicle|Telegraph|Guardian|Observer|Courier|Department|Military District";
  private static final String ORG_OF_HEADS =
      "Union|Bloc|League|Council|Committee|Ministry|Presidium|Conference|Commissariat|Party|Bank|University|Academy"
      + "|Congress|Assembly|Federation|Society|Association|Organization|Organisation|Commission|Court|Front|Movement";
  private static final String TW2 = "\\p{Lu}[\\p{L}\\p{M}'’\\-–]+";
  private static final String TW = "(?!(?:January|February|March|April|May|June|July|August|September|October|November"
      + "|December|Generals?|General|The|Treaty|Treaties|Series|Pact|Agreement|Protocol|Convention)\\b)" + TW2;
  private static final String OF_TAIL = "(?: (?:of|on|for) (?:the )?" + TW + "(?: ['’]s)?(?: (?:(?:and|in|of|the|for) ){0,2}" + TW
      + "(?: ['’]s)?)*)";

  // a sorted map: RegexNameFinder reports in its map's order, and Map.of's order changes between runs
  private final RegexNameFinder regex = new RegexNameFinder(new java.util.TreeMap<>(Map.of(
      EntityType.LOCATION.name(), new Pattern[] {
          Pattern.compile(NOT_DET + "(?:" + W + " )+(?:" + LOC_HEADS + ")(?= |$)"),
          Pattern.compile("(?:Lake|Gulf of|Bay of|Strait of|Straits of|Isle of|Island of|Islands of|Peninsula of|Sea of|Port of"
              + "|City of|Province of|Free Territory of|Territory of|Republic of(?: the)?|Mount|Cape) " + W + "(?: " + W + ")*"),
          Pattern.compile(NOT_DET + "(?:" + W + " )+Republic of (?:the )?" + W + "(?: " + W + ")*"),
          Pattern.compile(NOT_DET + "(?:" + W + " )+(?:SSR|ASSR|Soviet Socialist Republic|Soviet Republic)(?= |$)")},
      EntityType.ORGANIZATION.name(), new Pattern[] {
          Pattern.compile("\\d+(?:st|nd|rd|th) (?:" + W + " )*(?:Army|Corps|Division|Brigade|Regiment|Battalion|Fleet|Squadron|Front)(?= |$)"),
          Pattern.compile(NOT_DET + "(?:" + W + " (?:['’]s )?)+(?:" + ORG_HEADS + ")" + OF_TAIL + "?(?= |$)"),
          Pattern.compile(NOT_DET + "(?:" + ORG_OF_HEADS + ")" + OF_TAIL)})));

  /** Titles and ranks that introduce a person's name; lower-case forms match too. */
  static final Set<String> TITLES = Set.of("President", "Minister", "Premier", "Commissar", "General", "Marshal",
      "Admiral", "Colonel", "Lieutenant", "Major", "Captain", "Count", "Prince", "King", "Queen", "Pope", "Chancellor",
      "Reichschancellor", "Ambassador", "Envoy", "Consul", "Dictator", "Historian", "Jurist", "Writer", "Poet",
      "Politician", "Diplomat", "Professor", "Prof.", "Bishop", "Archbishop", "Secretary", "Chairman", "Comrade",
      "Mr.", "Mrs.", "Dr.", "Sir", "Lord", "Generals", "Ministers", "Presidents", "Attaché", "Leader", "Governor",
      "Mayor", "Senator", "Deputy", "Commander", "Journalist", "Correspondent", "Officer", "Komdiv", "Komkor", "Kombrig",
      "Komandarm", "Kombat", "Polkovnik", "Generalleutnant", "Generalmajor", "Oberst", "Hetman", "Ataman", "M.", "MM.",
      "Mme.", "Herr", "Monsieur", "Madame", "Viscount", "Earl", "Baron", "Duke", "Marquess", "Countess");
  /** Words after a title that show it is not a person's name ("General Staff", "Minister of"). */
  private static final Set<String> NOT_NAME = Set.of("Staff", "Assembly", "Secretary", "Council", "Committee",
      "Government", "Affairs", "Plenipotentiary", "Prime", "Foreign", "Deputy", "Minister", "President", "People", "Peoples",
      "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December");

  @Override
  public List<Candidate> find(Sentence sentence) {
    String[] tokens = sentence.tokenTexts();
    List<Candidate> out = new ArrayList<>();
    for (Span s : regex.find(tokens)) {
      int start = s.getStart();
      while (start < s.getEnd() - 1 && (tokens[start].equals("The") || tokens[start].equals("the"))) {
        start++;
      }
      boolean boilerplate = false;
      for (int k = start; k < s.getEnd(); k++) {
        boilerplate |= tokens[k].equals("Contracting");
      }
      if (!boilerplate) {
        out.add(new Candidate(start, s.getEnd(), EntityType.valueOf(s.getType()), SOURCE, 2, 1.0));
      }
    }
    titledPersons(sentence.tokens(), out);
    parenthesizedAfterTitle(sentence.tokens(), out);
    capitalSurnames(sentence.tokens(), out);
    vessels(sentence.tokens(), out);
    theBaltic(tokens, out);
    personAsTitle(sentence.tokens(), out);
    signatories(sentence.tokens(), out);
    pluralRegions(tokens, out);
    return out;
  }

  private static final Set<String> LABELS = Set.of("Article", "ARTICLE", "Art", "Section", "SECTION", "Chapter", "CHAPTER",
      "Part", "PART", "No", "Paragraph", "Clause", "Point", "Annex", "Protocol");
  private static final Set<String> SIGNING = Set.of("signed", "initialled", "initialed", "negotiated", "concluded", "ratified");

  /**
   * "Mečys Gedvilas as Minister of the Interior", "Vilis Lācis became Minister of the Interior": two
   * or three name words before "as"/"became" and a title.
   */
  private static void personAsTitle(List<Token> toks, List<Candidate> out) {
    for (int i = 2; i + 1 < toks.size(); i++) {
      String w = toks.get(i).text();
      if (!w.equals("as") && !w.equals("became") && !w.equals("becomes")) {
        continue;
      }
      int t = i + 1;
      while (t < toks.size() && PERSON_PREFIX_WORDS.contains(toks.get(t).text())) {
        t++;
      }
      if (t >= toks.size() || !isTitle(toks.get(t).text())) {
        continue;
      }
      int k = i;
      while (k > 0 && k > i - 3 && isNameWord(toks.get(k - 1).text()) && toks.get(k - 1).pos().equals("PROPN")) {
        k--;
      }
      if (i - k >= 2) {
        out.add(new Candidate(k, i, EntityType.PERSON, SOURCE, 2, 1.0));
      }
    }
  }

  /** "signed on 2 February 1920 by Jaan Poska for Estonia": the signatory after "by". */
  private static void signatories(List<Token> toks, List<Candidate> out) {
    for (int i = 1; i + 2 < toks.size(); i++) {
      if (!toks.get(i).text().equals("by")) {
        continue;
      }
      boolean signing = false;
      for (int k = Math.max(0, i - 10); k < i; k++) {
        signing |= SIGNING.contains(toks.get(k).text());
      }
      int e = i + 1;
      while (e < toks.size() && e < i + 4 && isNameWord(toks.get(e).text()) && toks.get(e).pos().equals("PROPN")) {
        e++;
      }
      if (signing && e - i - 1 >= 2) {
        out.add(new Candidate(i + 1, e, EntityType.PERSON, SOURCE, 2, 1.0));
      }
    }
  }

  private static final Set<String> PERSON_PREFIX_WORDS = Set.of("Prime", "Deputy", "Foreign", "Vice", "acting", "Acting", "the");

  /**
   * "the Sverdlovsk and Kirov regions", "the Leningrad, Kalinin and Belarussian military districts": each
   * name of a list before a plural place noun is a place, also a name the gazetteer knows as a person's
   * (rank 4: the context outranks the dictionary).
   */
  private static void pluralRegions(String[] tokens, List<Candidate> out) {
    for (int e = 2; e < tokens.length; e++) {
      if (!tokens[e].matches("regions|provinces|districts|oblasts|counties|governorates|islands|rivers|republics")) {
        continue;
      }
      int k = e - 1;
      if (tokens[k].matches("military|autonomous|western|eastern|northern|southern|administrative") && k > 0) {
        k--;
      }
      if (k < 2 || !tokens[k].matches(W) || !tokens[k - 1].equals("and") || !tokens[k - 2].matches(W)) {
        continue;
      }
      List<Integer> names = new ArrayList<>(List.of(k, k - 2));
      int j = k - 3;
      while (j >= 1 && tokens[j].equals(",") && tokens[j - 1].matches(W)) {
        names.add(j - 1);
        j -= 2;
      }
      for (int n : names) {
        out.add(new Candidate(n, n + 1, EntityType.LOCATION, SOURCE, 4, 1.0));
      }
    }
  }

  /** Words that name a ship or an aircraft by the name after them ("the cruiser Washington", "USS Utah", "plane Kaleva"). */
  private static final Set<String> VESSELS = Set.of("ship", "steamer", "steamship", "cruiser", "battleship", "destroyer",
      "submarine", "sub-marine", "freighter", "liner", "transport", "vessel", "yacht", "gunboat", "frigate", "corvette",
      "plane", "aircraft", "airliner", "airship", "tanker", "trawler", "schooner", "icebreaker", "minesweeper", "carrier",
      "USS", "HMS", "H.M.S.", "SS", "S.S.", "RMS", "HMAS", "HMNZS", "ORP", "USAT");

  /** Source of a ship's or aircraft's name: it blocks other readings of the words and is then dropped. */
  static final String VESSEL_SOURCE = "vessel";

  /**
   * A ship's or an aircraft's name after the word for it ("the plane Kaleva", "USS Florida"): never the
   * place or person it is named after (rank 4: the context outranks the dictionary). Such names are not
   * entities of the dataset; the candidate only keeps the words from being read as a place.
   */
  private static void vessels(List<Token> toks, List<Candidate> out) {
    for (int i = 0; i + 1 < toks.size(); i++) {
      if (!VESSELS.contains(toks.get(i).text())) {
        continue;
      }
      int k = i + 1;
      while (k < toks.size() && k <= i + 3 && isNameWord(toks.get(k).text()) && !isTitle(toks.get(k).text())) {
        k++;
      }
      if (k > i + 1) {
        boolean prefix = Character.isUpperCase(toks.get(i).text().codePointAt(0));
        out.add(new Candidate(prefix ? i : i + 1, k, EntityType.ORGANIZATION, VESSEL_SOURCE, 4, 1.0));
      }
    }
  }

  private static final Set<String> AFTER_SEA = Set.of("and", "or", "in", "to", "at", "from", "was", "is", "were", "are", "as",
      "by", "with", "for", "on", "had", "has", "which", "where", "that");

  /** "an ice-free port on the Baltic": the sea, named by its adjective alone. */
  private static void theBaltic(String[] tokens, List<Candidate> out) {
    for (int i = 0; i + 1 < tokens.length; i++) {
      if ((tokens[i].equals("the") || tokens[i].equals("The")) && tokens[i + 1].equals("Baltic")
          && (i + 2 >= tokens.length || !Character.isLetter(tokens[i + 2].codePointAt(0)) || AFTER_SEA.contains(tokens[i + 2]))) {
        out.add(new Candidate(i + 1, i + 2, EntityType.LOCATION, SOURCE, 4, 1.0));
      }
    }
  }

  /**
   * "The Ambassador in the Soviet Union (Steinhardt) to the Secretary of State": a name in parentheses
   * after a title and its post, as diplomatic documents head their despatches.
   */
  private static void parenthesizedAfterTitle(List<Token> toks, List<Candidate> out) {
    for (int i = 0; i + 2 < toks.size(); i++) {
      if (!toks.get(i).text().equals("(") || !isNameWord(toks.get(i + 1).text())) {
        continue;
      }
      int k = i + 1;
      while (k < toks.size() && k <= i + 3 && (isNameWord(toks.get(k).text()) || isInitial(toks.get(k).text()))) {
        k++;
      }
      if (k >= toks.size() || !toks.get(k).text().equals(")")) {
        continue;
      }
      boolean titled = false;
      for (int j = Math.max(0, i - 7); j < i; j++) {
        titled |= isTitle(toks.get(j).text()) || toks.get(j).text().matches("Chargé|Charge|Minister|Ambassador|Consul|Envoy");
      }
      if (titled) {
        out.add(new Candidate(i + 1, k, EntityType.PERSON, SOURCE, 2, 1.0));
      }
    }
  }

  /**
   * Treaty texts and signatory lists write surnames in capitals: "Jean WESSMAN", "Adolphe Abramovitch
   * JOFFE", "MM. Jean DABSKI". One or two given names before a word in capitals make a person.
   */
  private static void capitalSurnames(List<Token> toks, List<Candidate> out) {
    for (int i = 0; i + 1 < toks.size(); i++) {
      String g = toks.get(i).text();
      if (!g.matches("\\p{Lu}\\p{Ll}+") || NOT_NAME.contains(g) || TITLES.contains(g) || g.equals("The")) {
        continue;
      }
      int k = i + 1;
      if (k < toks.size() && toks.get(k).text().matches("\\p{Lu}\\p{Ll}+")) {
        k++;
      }
      if (k < toks.size() && toks.get(k).text().matches("\\p{Lu}{3,}(?:-\\p{Lu}{2,})?") && !toks.get(k).text().matches("[IVXLC]+")
          && (k + 1 >= toks.size() || !toks.get(k + 1).text().matches("\\p{Lu}{2,}.*"))
          && (i == 0 || !toks.get(i - 1).text().matches("\\p{Lu}{2,}"))) {
        out.add(new Candidate(i, k + 1, EntityType.PERSON, SOURCE, 2, 1.0));
        i = k;
      }
    }
  }

  private static boolean isTitle(String w) {
    return TITLES.contains(w) || (!w.isEmpty() && TITLES.contains(
        w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1)));
  }

  static boolean isNameWord(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !w.equals("The") && !NOT_NAME.contains(w)
        && !TITLES.contains(w) && w.codePoints().anyMatch(Character::isLetter);
  }

  static boolean isInitial(String w) {
    return w.matches("\\p{Lu}\\.(?:\\p{Lu}\\.)*");
  }

  /**
   * "the Minister in Kaunas, Erich Zechlin": after a title, a post ("in Kaunas", "to Moscow") and a
   * comma, the name follows; returns where it may start, or j when there is no such post.
   */
  private static int skipPost(List<Token> toks, int j) {
    // "the Soviet Minister, Ivan Derevyansky,": the name in apposition right after the title
    if (j + 2 < toks.size() && toks.get(j).text().equals(",") && isNameWord(toks.get(j + 1).text())
        && isNameWord(toks.get(j + 2).text())) {
      return j + 1;
    }
    if (j >= toks.size() || !toks.get(j).text().matches("in|to|at|for")) {
      return j;
    }
    int k = j + 1;
    while (k < toks.size() && k <= j + 3 && isNameWord(toks.get(k).text())) {
      k++;
    }
    if (k > j + 1 && k + 2 < toks.size() && toks.get(k).text().equals(",") && isNameWord(toks.get(k + 1).text())
        && isNameWord(toks.get(k + 2).text())) {
      return k + 1;
    }
    return j;
  }

  /** Offices end in one of these words: "Minister of Foreign Affairs", "Commissar of Defence". */
  private static final Set<String> OFFICE_TAILS = Set.of("Affairs", "Defence", "Defense", "Interior", "Justice",
      "Finance", "War", "Education", "Agriculture", "State", "Economy", "Trade", "Navy");

  /** After a title, skips "of Foreign Affairs" and the like; returns where the name may start. */
  private static int skipOffice(List<Token> toks, int j) {
    if (j < toks.size() && (toks.get(j).text().equals("of") || toks.get(j).text().equals("for"))) {
      for (int k = j + 1; k < toks.size() && k <= j + 3; k++) {
        if (OFFICE_TAILS.contains(toks.get(k).text())) {
          return k + 1;
        }
        if (!Character.isUpperCase(toks.get(k).text().codePointAt(0))) {
          break;
        }
      }
    }
    return j;
  }

  /** Tokens making an initial at i: 1 for "K.", 2 for "K" followed by an adjacent ".", else 0. */
  private static int initialLength(List<Token> toks, int i) {
    if (isInitial(toks.get(i).text())) {
      return 1;
    }
    if (toks.get(i).text().matches("\\p{Lu}") && i + 1 < toks.size() && toks.get(i + 1).text().equals(".")
        && toks.get(i + 1).start() == toks.get(i).end()) {
      return 2;
    }
    return 0;
  }

  /** A given name before initials belongs to the name ("John C. Wiley"): the start index to use. */
  private static int givenNameBefore(List<Token> toks, int i) {
    return i > 0 && toks.get(i - 1).pos().equals("PROPN") && isNameWord(toks.get(i - 1).text()) ? i - 1 : i;
  }

  private static void titledPersons(List<Token> toks, List<Candidate> out) {
    for (int i = 0; i < toks.size() - 1; i++) {
      // "M." (Monsieur) before a name, also when the tokenizer splits it into "M" and "."
      boolean monsieur = toks.get(i).text().equals("M") && toks.get(i + 1).text().equals(".")
          && toks.get(i + 1).start() == toks.get(i).end() && i + 3 < toks.size() && isNameWord(toks.get(i + 2).text())
          && isNameWord(toks.get(i + 3).text());
      if (!isTitle(toks.get(i).text()) && !monsieur) {
        continue;
      }
      int j = skipOffice(toks, monsieur ? i + 2 : i + 1);
      j = skipPost(toks, j);
      int k = j;
      while (k < toks.size()) {
        String w = toks.get(k).text();
        boolean particle = (w.equals("von") || w.equals("der") || w.equals("van") || w.equals("de") || w.equals("-"))
            && k > j && k + 1 < toks.size() && isNameWord(toks.get(k + 1).text());
        if (isNameWord(w) || isInitial(w) || particle) {
          k++;
        } else {
          break;
        }
      }
      if (k > j && k - j <= 4 && !isInitial(toks.get(k - 1).text())) {
        out.add(new Candidate(j, k, EntityType.PERSON, SOURCE, 2, 1.0));
      }
    }
    // initials before a capitalized word: "A. Smetona", "A. K. Cajander"; the tokenizer gives an
    // initial as one token ("K.") or as a letter and a period ("A", ".")
    for (int i = 0; i < toks.size() - 1; i++) {
      if (initialLength(toks, i) == 0 || (i > 0 && toks.get(i - 1).text().equals(".") && i > 1
          && initialLength(toks, i - 2) == 2) || (i > 0 && isInitial(toks.get(i - 1).text()))
          || (i > 0 && LABELS.contains(toks.get(i - 1).text()))) {
        // "ARTICLE I. Russia recognizes ...": a numeral after a label, not an initial
        continue;
      }
      int k = i;
      int n;
      while (k < toks.size() && (n = initialLength(toks, k)) > 0) {
        k += n;
      }
      // "M. Andrei Zhdanov": a lone M. before a full name is "Monsieur", not an initial
      if (toks.get(i).text().startsWith("M") && k - i == initialLength(toks, i) && k + 1 < toks.size()
          && isNameWord(toks.get(k).text()) && isNameWord(toks.get(k + 1).text())) {
        continue;
      }
      if (k < toks.size() && isNameWord(toks.get(k).text()) && toks.get(k).text().length() > 1 && !isInitial(toks.get(k).text())) {
        out.add(new Candidate(givenNameBefore(toks, i), k + 1, EntityType.PERSON, SOURCE, 2, 1.0));
      }
    }
  }
}
