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
import org.annalist.model.text.Regex;

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
  /**
   * Put first in a pattern whose match starts with a capital: a position without one fails at once,
   * before the alternations that follow are tried there (most of a sentence's positions).
   */
  private static final String CAP = "(?=\\p{Lu})";
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
      + "|Tribune|Journal|Chronicle|Telegraph|Guardian|Observer|Courier|Department|Military District"
      + "|Legation|Embassy|Consulate|Artillery|Engineers|Scouts|Rifles|Fusiliers|Hussars|Dragoons|Lancers|Highlanders"
      + "|Depot";
  /** Heads of a numbered unit's name, with the abbreviations of army lists ("Inf.", "Art.", "Cav."). */
  private static final String UNIT_HEADS = "Army|Corps|Division|Brigade|Regiment|Battalion|Fleet|Squadron|Front|Flotilla|Wing"
      + "|Infantry|Artillery|Cavalry|Rifles|Fusiliers|Hussars|Dragoons|Lancers|Engineers|Volunteers"
      + "|Inf\\.?|Art\\.?|Cav\\.?|Regt\\.?|Bn\\.?|Div\\.?|Bde\\.?";
  /** Heads that a bare number before a name makes a formation ("34 Australian Infantry Brigade"), not a count. */
  private static final String FORMATION_HEADS = "Division|Brigade|Regiment|Battalion|Corps|Squadron|Flotilla|Wing";
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
          Pattern.compile(CAP + NOT_DET + "(?:" + W + " )+(?:" + LOC_HEADS + ")(?= |$)"),
          // the words after "Cape Haitien" may be a dateline's month ("reach Cape Haitien January 20")
          Pattern.compile(CAP + "(?:Lake|Gulf of|Bay of|Strait of|Straits of|Isle of|Island of|Islands of|Peninsula of|Sea of|Port of"
              + "|City of|Province of|Free Territory of|Territory of|Republic of(?: the)?|Mount|Cape) " + W + "(?: " + TW + ")*"),
          Pattern.compile(CAP + NOT_DET + "(?:" + W + " )+Republic of (?:the )?" + W + "(?: " + W + ")*"),
          Pattern.compile(CAP + NOT_DET + "(?:" + W + " )+(?:SSR|ASSR|Soviet Socialist Republic|Soviet Republic)(?= |$)")},
      EntityType.ORGANIZATION.name(), new Pattern[] {
          // "16th Rifle Corps", "2d Oregon Inf.", "23d Inf.", "20th Kansas Volunteer Inf.", "44 Indian Infantry Brigade Group"
          Pattern.compile("(?=\\d)(?<![\\p{L}\\p{N}.,])\\d+(?:st|nd|rd|th|d) (?:" + W + " )*(?:" + UNIT_HEADS + ")(?: Group)?(?=[ .]|$)"),
          Pattern.compile("(?=\\d)(?<![\\p{L}\\p{N}.,])\\d{1,3} (?:" + W + " )+(?:" + FORMATION_HEADS + ")(?: Group)?"
              + "(?= (?!men|troops|soldiers|strong)|[.]|$)"),
          // "the Right Bank of the Loire" is a place, whatever "Bank" heads elsewhere
          Pattern.compile(CAP + NOT_DET + "(?!(?:Right|Left|West|East) Bank)(?:" + W + " (?:['’]s )?)+(?:" + ORG_HEADS + ")" + OF_TAIL + "?(?= |$)"),
          // "Nevada Cav., U. S. V.;", "34 United States Art.,": an army list's abbreviated arm, an item of the list
          // (never an article's label: "Independence Art. XXVI.")
          Pattern.compile("(?=[\\p{Lu}\\d])" + NOT_DET + "(?:\\d{1,3}(?:st|nd|rd|th|d)? )?(?:" + W + " )+(?:Inf|Cav|Art|Regt)(?: \\.|\\.)(?= [,;])"),
          Pattern.compile(CAP + NOT_DET + "(?<!(?:Right|Left|West|East) )(?:" + ORG_OF_HEADS + ")" + OF_TAIL),
          // "British Commonwealth Occupation Force": a force's name has two words or more before "Force" ("the Air Force" has not)
          Pattern.compile(CAP + NOT_DET + "(?:" + W + " ){2,}Force(?= |$)")})));

  /** Titles and ranks that introduce a person's name; lower-case forms match too. */
  static final Set<String> TITLES = Set.of("President", "Minister", "Premier", "Commissar", "General", "Marshal",
      "Admiral", "Colonel", "Lieutenant", "Major", "Captain", "Count", "Prince", "King", "Queen", "Pope", "Chancellor",
      "Reichschancellor", "Ambassador", "Envoy", "Consul", "Dictator", "Historian", "Jurist", "Writer", "Poet",
      "Politician", "Diplomat", "Professor", "Prof.", "Bishop", "Archbishop", "Secretary", "Chairman", "Comrade",
      "Mr.", "Mrs.", "Dr.", "Sir", "Lord", "Generals", "Ministers", "Presidents", "Attaché", "Leader", "Governor",
      "Mayor", "Senator", "Deputy", "Commander", "Journalist", "Correspondent", "Officer", "Komdiv", "Komkor", "Kombrig",
      "Komandarm", "Kombat", "Polkovnik", "Generalleutnant", "Generalmajor", "Oberst", "Hetman", "Ataman", "M.", "MM.",
      "Mme.", "Herr", "Monsieur", "Madame", "Viscount", "Earl", "Baron", "Duke", "Marquess", "Countess", "Brigadier",
      "Chargé", "Charge", "Capt.", "Capt", "Lieut.", "Lieut", "Col.", "Gen.", "Maj.", "Lt.", "Sgt.", "Adm.", "Cmdr.", "Comdr.",
      "Brig.", "Gov.", "Hon.", "Rev.", "Gen", "Col", "Maj", "Lt", "Sgt", "Adm", "Gov",
      // staff appointments of army lists ("Capt. J. Smith, Assistant Quartermaster")
      "Quartermaster", "Paymaster", "Adjutant", "Surgeon", "Chaplain", "Commissary");
  /** Words after a title that show it is not a person's name ("General Staff", "Minister of"). */
  private static final Set<String> NOT_NAME = Set.of("Staff", "Assembly", "Secretary", "Council", "Committee",
      "Government", "Affairs", "Plenipotentiary", "Prime", "Foreign", "Deputy", "Minister", "President", "People", "Peoples",
      "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
      // "Commissary Sergeant": a rank after a staff title is part of the appointment
      "Sergeant", "Corporal");

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
    signature(sentence, out);
    dateline(sentence.tokens(), out);
    definedPlace(sentence.tokens(), out);
    nameBeforePlaceNoun(sentence.tokens(), out);
    namedWorks(tokens, out);
    return out;
  }

  /** "Kasr el-Nil": lower-case particles inside a name, and a hyphenated piece the tokenizer split off ("-Nil"). */
  private static boolean namePiece(String w) {
    return Regex.matches(w, W) && !w.equals("The") && !w.equals("and") || Regex.matches(w, "-\\p{Lu}[\\p{L}\\p{M}]*") || PLACE_PARTICLES.contains(w)
        || Regex.matches(w, "el|al|ul|ash|as|ad|ar|an|ez|ben|bin|ibn");
  }

  /** The first token of a run of name pieces that ends before {@code end}, at most three tokens, not starting with a particle. */
  private static int nameRunStart(String[] t, int end) {
    int k = end;
    while (k > 0 && end - k < 4 && namePiece(t[k - 1]) && !t[k - 1].equals("and")) {
      k--;
    }
    while (k < end && !Regex.matches(t[k], W)) {
      k++;
    }
    return k;
  }

  /**
   * "quartered in the Abbassia and Kasr el-Nil barracks", "the Nes, Strendur and Tvøroyri batteries": the names
   * listed before a plural noun of military works are places.
   */
  private static void namedWorks(String[] t, List<Candidate> out) {
    for (int e = 3; e < t.length; e++) {
      if (!Regex.matches(t[e], "barracks|forts|camps|airfields|aerodromes|batteries|fortresses|naval bases|bases|dockyards|harbours|harbors")) {
        continue;
      }
      int k = nameRunStart(t, e);
      if (k == e || k < 2 || !t[k - 1].equals("and")) {
        continue;
      }
      List<int[]> names = new ArrayList<>(List.of(new int[] {k, e}));
      int end = k - 1;
      while (true) {
        int j = nameRunStart(t, end);
        if (j == end) {
          break;
        }
        names.add(new int[] {j, end});
        if (j < 2 || !t[j - 1].equals(",")) {
          break;
        }
        end = j - 1;
      }
      if (names.size() < 2) {
        continue;
      }
      for (int[] n : names) {
        out.add(new Candidate(n[0], n[1], EntityType.LOCATION, SOURCE, 2, 1.0));
      }
    }
  }

  /** Words that end a telegram or letter on a line of their own, and are no signature. */
  private static final Set<String> NOT_SIGNATURE = Set.of("Respectfully", "Sincerely", "Confidential", "Secret", "Urgent",
      "Strictly", "Personal", "Paraphrase", "Translation", "Enclosure", "Continued", "Stop", "End", "Note", "Notes", "Sir",
      "Gentlemen", "Yes", "No", "Telegram", "Memorandum", "Bulletin", "Summary", "Contents", "Index", "Introduction",
      "Conclusion", "Preface", "Appendix", "Addendum", "Postscript", "Received", "Sent", "Signed", "Copy", "Draft");

  /**
   * "Bryan." on a line of its own at the end of a telegram: the signature is a person. One or two
   * name words and a period make the whole sentence (a known place or organization outranks it).
   */
  private static void signature(Sentence s, List<Candidate> out) {
    List<Token> t = s.tokens();
    if (t.size() < 2 || t.size() > 3 || !t.get(t.size() - 1).text().equals(".") || !s.text().strip().endsWith(".")) {
      return;
    }
    for (int i = 0; i < t.size() - 1; i++) {
      String w = t.get(i).text();
      // the tagger takes a lone name for anything; an adverb or participle ("Approved.") is no signature
      // nor are a treaty's margin notes ("Conditions. Art. XXVII.", "Delimitation.") or a word glued to a label ("IndependenceArt.")
      if (!Regex.matches(w, "\\p{Lu}\\p{Ll}[\\p{L}'’\\-]+") || Regex.matches(w, ".*(?:ed|ly|ing|tions?|sions?|ments?|ity|ities|ness|ship|ism|ances?|ences?)")
          || Regex.matches(w, "(?!Ma?c)\\p{Lu}\\p{Ll}+\\p{Lu}.*") || NOT_SIGNATURE.contains(w) || TITLES.contains(w)
          || MONTHS.contains(w) || WEEKDAYS.contains(w)) {
        return;
      }
    }
    out.add(new Candidate(0, t.size() - 1, EntityType.PERSON, SOURCE, 2, 1.0));
  }

  private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sept.", "Sep.",
      "Oct.", "Nov.", "Dec.", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");
  private static final Set<String> WEEKDAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
  /** Lower-case words inside place names: "Port au Prince", "Rio de Janeiro", "Stratford upon Avon". */
  private static final Set<String> PLACE_PARTICLES = Set.of("au", "aux", "de", "del", "della", "di", "do", "da", "dos", "das",
      "du", "des", "la", "le", "les", "el", "of", "on", "upon", "sur", "am", "an", "im", "en");

  /**
   * A dateline: "Port au Prince, January 20, 1915.", "WASHINGTON, April 23.—": the words before a comma
   * and a month and day at the start of a sentence are the place the report was sent from.
   */
  private static void dateline(List<Token> t, List<Candidate> out) {
    int k = 0;
    int words = 0;
    while (k < t.size() && k < 6) {
      String w = t.get(k).text();
      // "Port au Prince": a title word ("Prince") may be part of a place's name
      if (Character.isUpperCase(w.codePointAt(0)) && !w.equals("The") && !NOT_NAME.contains(w)
          && w.codePoints().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’' || c == '.')
          && (words > 0 || !TITLES.contains(w))
          && !WEEKDAYS.contains(w) && !MONTHS.contains(w) && !NOT_SIGNATURE.contains(w)) {
        words++;
        k++;
      } else if (words > 0 && PLACE_PARTICLES.contains(w)) {
        k++;
      } else {
        break;
      }
    }
    if (words == 0 || k > 5 || PLACE_PARTICLES.contains(t.get(k - 1).text()) || k + 2 >= t.size()
        || !t.get(k).text().equals(",") || !MONTHS.contains(t.get(k + 1).text())
        || !Regex.matches(t.get(k + 2).text(), "\\d{1,2}(?:st|nd|rd|th)?|\\.")) {
      return;
    }
    out.add(new Candidate(0, k, EntityType.LOCATION, SOURCE, 2, 1.0));
  }

  /** Nouns of geography that say what a name is: "Westerplatte is a peninsula", "the Skagerrak strait". */
  static final Set<String> PLACE_NOUNS = Set.of("peninsula", "island", "islet", "isthmus", "fjord", "river", "bay", "harbour",
      "harbor", "port", "town", "city", "village", "hamlet", "valley", "delta", "estuary", "lagoon", "strait", "channel", "canal",
      "plateau", "desert", "province", "district", "county", "oblast", "archipelago", "atoll", "headland", "cape", "fortress",
      "seaport", "municipality", "suburb", "parish", "commune", "lake", "mountain", "volcano", "region", "sound", "inlet");

  /**
   * "Westerplatte is a peninsula in Gdańsk", "Labuan was a small island": a name at the start of a
   * sentence defined by a noun of geography is a place.
   */
  private static void definedPlace(List<Token> t, List<Candidate> out) {
    int s = t.size() > 0 && (t.get(0).text().equals("The")) ? 1 : 0;
    int k = s;
    while (k < t.size() && k < s + 3 && isNameWord(t.get(k).text()) && t.get(k).text().codePoints().allMatch(Character::isLetter)) {
      k++;
    }
    if (k == s || k + 2 >= t.size() || !Regex.matches(t.get(k).text(), "is|was|remains") || !Regex.matches(t.get(k + 1).text(), "a|an|the")) {
      return;
    }
    for (int j = k + 2; j < t.size() && j <= k + 5; j++) {
      String w = t.get(j).text();
      if (PLACE_NOUNS.contains(w)) {
        // "Westerplatte is a peninsula in ...", not "Smith is a port official"
        if (j + 1 < t.size() && Character.isLetter(t.get(j + 1).text().codePointAt(0)) && !Regex.matches(t.get(j + 1).text(), "in|on|of|at|near"
            + "|off|and|located|situated|lying|between|which|that|north|south|east|west|close|some|about|with|for|from|by|to")) {
          return;
        }
        out.add(new Candidate(s, k, EntityType.LOCATION, SOURCE, 2, 1.0));
        return;
      }
      if (w.isEmpty() || !Character.isLowerCase(w.codePointAt(0))) {
        return;
      }
    }
  }

  /** Nouns of settlements and works, which a name before them does not include ("the Memel town"); landforms it does ("Yedo bay"). */
  static final Set<String> SETTLEMENT_NOUNS = Set.of("town", "city", "village", "hamlet", "port", "seaport", "municipality",
      "suburb", "parish", "commune", "fortress", "province", "district", "county", "oblast", "region");
  private static final Set<String> BEFORE_PLACE = Set.of("the", "The", "in", "at", "into", "to", "from", "near", "on", "off",
      "across", "reached", "entered", "In", "At", "From", "Near");

  /**
   * "the Westerplatte peninsula", "in Yedo bay", "the Skagerrak strait": a name between "the" or a
   * preposition of place and a noun of geography; a landform's noun is part of its name.
   */
  private static void nameBeforePlaceNoun(List<Token> t, List<Candidate> out) {
    for (int i = 0; i + 2 < t.size(); i++) {
      if (!BEFORE_PLACE.contains(t.get(i).text())) {
        continue;
      }
      int k = i + 1;
      while (k < t.size() && k <= i + 2 && isNameWord(t.get(k).text()) && t.get(k).text().codePoints().allMatch(Character::isLetter)
          && !ADJECTIVES.contains(t.get(k).text())) {
        k++;
      }
      if (k > i + 1 && k < t.size() && PLACE_NOUNS.contains(t.get(k).text())
          && (k + 1 >= t.size() || !Regex.matches(t.get(k + 1).text(), "of|'s|’s"))) {
        out.add(new Candidate(i + 1, SETTLEMENT_NOUNS.contains(t.get(k).text()) ? k : k + 1, EntityType.LOCATION, SOURCE, 2, 1.0));
      }
    }
  }

  /** Capitalized adjectives that are no names of places ("the Allied port", "the Imperial city"). */
  private static final Set<String> ADJECTIVES = Set.of("Allied", "Axis", "Imperial", "Royal", "Free", "Old", "Great",
      "Little", "Upper", "Lower", "Northern", "Southern", "Eastern", "Western", "Central", "Holy", "Federal", "National",
      "Soviet", "Red", "White", "Black", "Enemy", "Entente");

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
      // the tagger takes unknown foreign names for nouns ("Petras/NOUN Jonaitis/NOUN"): capitals inside a sentence will do
      while (k > 0 && k > i - 3 && isNameWord(toks.get(k - 1).text()) && (toks.get(k - 1).pos().equals("PROPN") || k - 1 > 0)
          && toks.get(k - 1).text().codePoints().allMatch(Character::isLetter)) {
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
      if (!Regex.matches(tokens[e], "regions|provinces|districts|oblasts|counties|governorates|islands|rivers|republics")) {
        continue;
      }
      int k = e - 1;
      if (Regex.matches(tokens[k], "military|autonomous|western|eastern|northern|southern|administrative") && k > 0) {
        k--;
      }
      if (k < 2 || !Regex.matches(tokens[k], W) || !tokens[k - 1].equals("and") || !Regex.matches(tokens[k - 2], W)) {
        continue;
      }
      List<Integer> names = new ArrayList<>(List.of(k, k - 2));
      int j = k - 3;
      while (j >= 1 && tokens[j].equals(",") && Regex.matches(tokens[j - 1], W)) {
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
      "by", "with", "for", "on", "had", "has", "which", "where", "that", "they", "we", "he", "she", "it", "its", "their", "but",
      "until", "when", "while", "since", "during", "after", "before", "would", "will", "could", "should", "can", "may", "might");

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
      // "The Chief of the Mission to the Baltic Provinces (Greene)": a post, however long its name
      for (int j = Math.max(0, i - 10); j < i; j++) {
        titled |= isTitle(toks.get(j).text())
            || Regex.matches(toks.get(j).text(), "Chargé|Charge|Minister|Ambassador|Consul|Envoy|Chief|Head|Director|Commissioner|Delegate"
                + "|Representative|Counselor|Counsellor|Attaché|Attache");
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
      if (!Regex.matches(g, "\\p{Lu}\\p{Ll}+") || NOT_NAME.contains(g) || TITLES.contains(g) || g.equals("The")) {
        continue;
      }
      int k = i + 1;
      if (k < toks.size() && Regex.matches(toks.get(k).text(), "\\p{Lu}\\p{Ll}+")) {
        k++;
      }
      if (k < toks.size() && Regex.matches(toks.get(k).text(), "\\p{Lu}{3,}(?:-\\p{Lu}{2,})?") && !Regex.matches(toks.get(k).text(), "[IVXLC]+")
          && (k + 1 >= toks.size() || !Regex.matches(toks.get(k + 1).text(), "\\p{Lu}{2,}.*"))
          && (i == 0 || !Regex.matches(toks.get(i - 1).text(), "\\p{Lu}{2,}"))) {
        out.add(new Candidate(i, k + 1, EntityType.PERSON, SOURCE, 2, 1.0));
        i = k;
      }
    }
  }

  static boolean isTitle(String w) {
    // "Brigadier-General", "Lieutenant-Colonel": the tokenizer may leave the second rank as "-General"
    if (w.length() > 1 && (w.charAt(0) == '-' || w.charAt(0) == '–')) {
      w = w.substring(1);
    }
    int hyphen = w.lastIndexOf('-');
    if (hyphen > 0 && hyphen + 1 < w.length() && isTitle(w.substring(hyphen + 1))) {
      return true;
    }
    return TITLES.contains(w) || (!w.isEmpty() && TITLES.contains(
        w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1)));
  }

  static boolean isNameWord(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !w.equals("The") && !NOT_NAME.contains(w)
        && !TITLES.contains(w) && w.codePoints().anyMatch(Character::isLetter);
  }

  static boolean isInitial(String w) {
    return Regex.matches(w, "\\p{Lu}\\.(?:\\p{Lu}\\.)*");
  }

  /**
   * "the Minister in Kaunas, Erich Zechlin": after a title, a post ("in Kaunas", "to Moscow") and a
   * comma, the name follows; returns where it may start, or j when there is no such post.
   */
  private static int skipPost(List<Token> toks, int j) {
    // "the Soviet Minister, Ivan Derevyansky,": the name in apposition right after the title
    // but "from Consul, Cape Haitien": a place after the title is the post, not a name
    if (j + 2 < toks.size() && toks.get(j).text().equals(",") && isNameWord(toks.get(j + 1).text())
        && isNameWord(toks.get(j + 2).text()) && !PLACE_STARTS.contains(toks.get(j + 1).text())) {
      return j + 1;
    }
    if (j >= toks.size() || !Regex.matches(toks.get(j).text(), "in|to|at|for")) {
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

  /** First words of place names ("Cape Haitien", "Port Said", "Fort Knox"), never of a person's. */
  static final Set<String> PLACE_STARTS = Set.of("Cape", "Port", "Fort", "Mount", "Lake", "Point", "Isle", "Bay", "Gulf",
      "Saint", "San", "Santa", "St.", "Sankt", "Puerto", "Porto", "Rio", "Val", "Villa");

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
    if (Regex.matches(toks.get(i).text(), "\\p{Lu}") && i + 1 < toks.size() && toks.get(i + 1).text().equals(".")
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
      int j = monsieur ? i + 2 : i + 1;
      // "Lieut. C. G. Woodward": an abbreviated rank whose period the tokenizer split off
      if (!monsieur && j < toks.size() && toks.get(j).text().equals(".") && toks.get(j).start() == toks.get(i).end()
          && !toks.get(i).text().endsWith(".")) {
        j++;
      }
      j = skipOffice(toks, j);
      j = skipPost(toks, j);
      int k = j;
      int words = 0;
      boolean lastInitial = false;
      while (k < toks.size()) {
        String w = toks.get(k).text();
        // "War Minister von Blomberg": a particle may begin the name
        boolean particle = (w.equals("von") || w.equals("der") || w.equals("van") || w.equals("de") || w.equals("-"))
            && k + 1 < toks.size() && isNameWord(toks.get(k + 1).text()) && (k > j || !w.equals("-"));
        int initial = initialLength(toks, k);
        if (initial > 0) {
          k += initial;
          lastInitial = true;
        } else if (isNameWord(w) || particle) {
          k++;
          lastInitial = false;
        } else {
          break;
        }
        words++;
      }
      if (k > j && words <= 4 && !lastInitial) {
        out.add(new Candidate(j, k, EntityType.PERSON, SOURCE, 2, 1.0));
      }
    }
    // initials before a capitalized word: "A. Smetona", "A. K. Cajander"; the tokenizer gives an
    // initial as one token ("K.") or as a letter and a period ("A", ".")
    for (int i = 0; i < toks.size() - 1; i++) {
      if (initialLength(toks, i) == 0 || (i > 0 && toks.get(i - 1).text().equals(".") && i > 1
          && initialLength(toks, i - 2) == 2) || (i > 0 && isInitial(toks.get(i - 1).text()))
          || (i > 0 && LABELS.contains(toks.get(i - 1).text()))
          || (i > 1 && toks.get(i - 1).text().equals(".") && LABELS.contains(toks.get(i - 2).text()))
          || (i > 0 && LABELS.contains(Regex.replaceFirst(toks.get(i - 1).text(), "\\.$", "")))) {
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
