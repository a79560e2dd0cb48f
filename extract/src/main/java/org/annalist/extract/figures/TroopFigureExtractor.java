package org.annalist.extract.figures;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.extract.nlp.Sentence;
import org.annalist.model.Provenance;
import org.annalist.model.Qualifier;
import org.annalist.model.TroopFigure;
import org.annalist.model.text.Regex;

/**
 * Finds stated numbers of troops in sentences.
 *
 * <p>Two shapes: a number before a troop noun ("8,000 troops", "18,786 military personnel",
 * "a 25,000-strong Soviet military contingent", "20,000 of their troops") and a troop noun before
 * its number ("troop numbers in Estonia were put at 25,000", "the number of troops to 35,000").
 * A sentence must speak of stationing or of a foreign force; a country's own army
 * ("the Lithuanian army had 22,265 soldiers") is not a deployment.
 *
 * <p>Stateless and thread-safe.
 */
public final class TroopFigureExtractor {
  public static final String SOURCE = "troop-pattern";
  private static final String NUM = "(?<num>" + NumberParser.PATTERN + ")";
  private static final String QUAL = "(?<qual>(?:only\\s+)?(?:up\\s+to|no\\s+more\\s+than|not\\s+more\\s+than|at\\s+most|a\\s+maximum\\s+of|maximum\\s+of"
      + "|about|around|approximately|some|roughly|nearly|almost|circa|an\\s+estimated|estimated|c\\."
      + "|at\\s+least|more\\s+than|over|no\\s+fewer\\s+than|no\\s+less\\s+than|not\\s+less\\s+than)\\s+)?";
  private static final String TROOP_NOUN = "(?:troops|soldiers|servicemen|military\\s+personnel|personnel|men|bayonets"
      + "|contingent|garrison|force|forces|army|Red\\s+Army\\s+men|infantrymen|sailors|airmen|marines|reinforcements|riflemen)";
  private static final String MODIFIERS = "(?:(?:of\\s+)?(?:their|its|the|additional|foreign|Soviet|Red\\s+Army|Russian|German|military|combat"
      + "|regular|occupying|more|tank|infantry|artillery|mechani[sz]ed|motori[sz]ed|cavalry|rifle|naval|navy|air|airborne|border|frontier"
      + "|and|marine|(?-i:\\p{Lu}\\p{L}+))\\s+){0,5}";
  private static final Pattern NUMBER_FIRST = Pattern.compile(
      "(?<![\\d,.])" + QUAL + NUM + "(?:\\s*-?\\s*strong)?\\s+" + MODIFIERS + "(?<noun>" + TROOP_NOUN + ")\\b",
      Pattern.CASE_INSENSITIVE);
  /** "a 12,000-man British army", "the 10,000-man division", "a 5,000-strong brigade": a size before a force or formation. */
  private static final Pattern SIZE_BEFORE_UNIT = Pattern.compile(
      "(?<![\\d,.])" + QUAL + NUM + "(?:\\s*-\\s*man|\\s*-?\\s*strong)\\s+" + MODIFIERS
      + "(?<noun>" + TROOP_NOUN + "|division|brigade|regiment|battalion|expedition|expeditionary\\s+force|corps|column|detachment)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NOUN_FIRST = Pattern.compile(
      "\\b(?:troop\\s+(?:numbers|strength|levels?)|number\\s+of\\s+(?:\\w+\\s+){0,2}(?:troops|soldiers)|garrisons?|contingents?)"
      + "[^.;:]{0,40}?\\b(?:at|to|of|was|were|numbered|totalled|totaled|reached)\\s+" + QUAL + NUM + "(?!\\d|,\\d)",
      Pattern.CASE_INSENSITIVE);
  /** "Soviet troops in Latvia numbered 25,000", "the forces were put at about 20,000". */
  private static final Pattern NOUN_VERB_NUMBER = Pattern.compile(
      "\\b(?:troops|forces|soldiers|garrisons?|contingents?|strength)\\b[^.;:]{0,40}?\\b(?:number(?:ed|ing|s)?|totall?(?:ed|ing)|amount(?:ed|ing)\\s+to"
      + "|(?:is|are|was|were|be|been)\\s+(?:put|estimated|set|fixed|placed)\\s+at|reach(?:ed|es)?|(?:is|are|was|were)\\s+to\\s+(?:reach|be)"
      + "|(?:rose|grew|increased|fell|dropped|declined)\\s+to|(?:was|were)\\s+(?:raised|increased|reduced|cut|brought\\s+up)\\s+to)\\s+"
      + QUAL + NUM
      + "(?!\\d|,\\d)",
      Pattern.CASE_INSENSITIVE);
  /**
   * Limits in treaty and protocol text, with the number after the limit word: "(limit 25000)", "shall not
   * exceed 10,000", "are not to exceed 5,000", "limited to 8,000", "a maximum of 12,000", "the number of
   * soldiers; and this was finally fixed at 25,000". The sentence must speak of troops.
   */
  private static final Pattern LIMIT_FIRST = Pattern.compile(
      "\\b(?:limit(?:ed|ing|s)?(?:\\s+(?:of|to|at))?|ceiling\\s+of|(?:a\\s+)?maximum\\s+of|(?:shall|will|may|must|is|are)\\s+not\\s+(?:to\\s+)?exceed"
      + "|not\\s+(?:to\\s+)?exceed(?:ing)?|(?:fixed|set)\\s+at)\\s+(?:a\\s+total\\s+of\\s+)?" + QUAL + NUM + "(?!\\d|,\\d|\\s*(?:%|per\\s*cent|years?|days?|months?|weeks?|hours?|miles?|nautical|kilomet\\w+|km|met(?:re|er)s?|feet|yards|tons?|tonnes?"
      + "|hectares?|dollars|pounds|francs|marks|roubles|rubles|guns|vessels|ships|aircraft|planes|tanks)\\b)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TROOP_TALK = Pattern.compile(
      "\\b(?:troops|soldiers|garrisons?|forces|men|military|army|personnel|contingents?)\\b", Pattern.CASE_INSENSITIVE);
  /** "Revolutionary army 1,000 strong", "a column some 3,000 strong". */
  private static final Pattern STRONG_AFTER = Pattern.compile(
      "\\b(?:army|force|forces|garrison|contingent|column|detachment|brigade|division|corps|regiment|battalion)\\s+(?:of\\s+)?"
      + QUAL + NUM + "\\s+strong\\b", Pattern.CASE_INSENSITIVE);
  /**
   * Figures that continue a list after a troop figure, without repeating the noun: "25,000 troops in
   * Estonia, 25,000 in Latvia and 20,000 in Lithuania", "8,000 men at Alytus, 2,500 at Prienai".
   */
  private static final Pattern ELLIPTIC = Pattern.compile(
      "\\G(?:[^.;(]*?)(?:,|\\band\\b|,\\s+and\\b)\\s+(?:a\\s+further\\s+|another\\s+)?" + QUAL + NUM
      + "(?!\\d|,\\d)\\s+(?:(?:more\\s+)?(?:men\\s+|troops\\s+|soldiers\\s+))?(?:at|in|on|near)\\s+(?=\\p{Lu})");
  /** "demanded bases for 50,000 men but settled for 20,000": a second figure of the same kind, without its noun. */
  private static final Pattern ELLIPTIC_BUT = Pattern.compile(
      "\\G[^.;]*?\\b(?:but|and\\s+then|then|later)\\s+(?:\\p{Ll}+\\s+){1,3}?(?:for|to|at|with)\\s+" + QUAL + NUM + "(?=\\s*(?:[.;,)]|$))");
  /**
   * "sent only 18,000 instead of the expected 20,000 soldiers", "4,000 or 5,000 men": a first figure that shares
   * the troop noun of the one after it.
   */
  private static final Pattern ALTERNATIVE_FIRST = Pattern.compile(
      "(?<![\\d,.])" + QUAL + NUM + "(?=\\s+(?:instead\\s+of|rather\\s+than|or|out\\s+of)\\s+(?:(?:the|an?|some|about|perhaps)\\s+)?"
      + "(?:(?:expected|promised|agreed|planned|demanded|requested|stipulated|permitted|allowed|usual|full)\\s+)?"
      + "(?:" + NumberParser.PATTERN + ")\\s+" + MODIFIERS + TROOP_NOUN + "\\b)",
      Pattern.CASE_INSENSITIVE);
  /**
   * "only to place troops at three points, 4000 or 5000 in all": figures after the troop noun, as a total
   * ("in all", "altogether", "in total").
   */
  private static final Pattern TOTAL_AFTER = Pattern.compile(
      "\\b(?:troops|soldiers|men|forces|garrisons?)\\b[^.;:]{0,60}?,\\s*" + QUAL + NUM
      + "(?:\\s+(?:or|to)\\s+(?<alt>" + NumberParser.PATTERN + "))?\\s+(?:men\\s+)?(?:in\\s+all|altogether|in\\s+total|all\\s+told)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PEOPLE_FIGURE = Pattern.compile(
      "(?<![\\d,.])" + QUAL + NUM + "\\s+(?<noun>people|men)\\b", Pattern.CASE_INSENSITIVE);
  /** Words that show a sentence is about stationing or a foreign force. */
  private static final Pattern CONTEXT = Pattern.compile(
      "\\b(?:station\\w*|bases?|garrison\\w*|contingent\\w*|deploy\\w*|entry|enter\\w*|introduc\\w*|Soviets?|Red\\s+Army|USSR"
      + "|Russian|German|Wehrmacht|foreign|occup\\w*|their\\s+troops|admitted|brought\\s+in(?:to)?|leas(?:e|ed|es|ing)"
      + "|(?:keep|kept|maintain\\w*)\\s+(?:\\w+\\s+){0,2}(?:forces|troops|garrisons?)|sent|dispatched|despatched|landed|disembarked"
      + "|sending\\s+(?:\\w+\\s+){0,2}(?:troops|forces|soldiers)|(?:place|placing)\\s+(?:\\w+\\s+)?(?:troops|garrisons?))\\b"
      + "|" + "\\b(?:arriv(?:ed|ing)\\s+(?:at|in)\\s+(?-i:\\p{Lu}\\p{L}*)|reached\\s+(?-i:\\p{Lu}\\p{L}*))",
      Pattern.CASE_INSENSITIVE);
  /**
   * A voyage or a landing at a named place ("arrived at Manila", "reached Kure", "landed at the port"): the
   * context of figures further on in the same paragraph, such as the total after a transport's list of units.
   */
  private static final Pattern VOYAGE = Pattern.compile(
      "\\b(?:arriv(?:ed|ing)\\s+(?:at|in)\\s+(?-i:\\p{Lu}\\p{L}*)|reached\\s+(?-i:\\p{Lu}\\p{L}*)|landed|disembarked)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TROOPS_WORD = Pattern.compile("\\b(?:troops|soldiers)\\b", Pattern.CASE_INSENSITIVE);
  private static final Set<String> UNIT_TYPES = Set.of("infantry", "artillery", "mechanized", "mechanised", "tank",
      "armoured", "armored", "cavalry", "aviation", "air", "naval", "headquarters", "engineer", "engineering", "signal",
      "anti-aircraft", "motorized", "motorised", "airborne", "border", "rifle", "marine", "sapper");
  private static final Pattern FORMATION = Pattern.compile(
      "\\b\\d+(?:st|nd|rd|th)\\s+(?:\\p{Lu}\\p{L}*\\s+){0,3}(?:Corps|Division|Brigade|Regiment|Battalion|Army|Fleet)\\b");
  private static final long MIN_TROOPS = 50;
  private static final Pattern LIMIT = Pattern.compile("\\b(?:limit\\w*|ceiling|maximum|restrict\\w*|not\\s+(?:to\\s+)?exceed\\w*)\\b[^.;]*$",
      Pattern.CASE_INSENSITIVE);

  public List<TroopFigure> extract(String docId, List<Sentence> sentences) {
    List<TroopFigure> out = new ArrayList<>();
    Context context = new Context(sentences);
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      String text = s.text();
      // every pattern below needs a figure; most sentences have none, and the test is a scan of the text
      if (!mayHoldNumber(text) || !context.around(k)) {
        continue;
      }
      List<int[]> seen = new ArrayList<>();
      collect(docId, s, NUMBER_FIRST.matcher(text), seen, out);
      collect(docId, s, SIZE_BEFORE_UNIT.matcher(text), seen, out);
      collect(docId, s, NOUN_FIRST.matcher(text), seen, out);
      collect(docId, s, NOUN_VERB_NUMBER.matcher(text), seen, out);
      collect(docId, s, STRONG_AFTER.matcher(text), seen, out);
      collect(docId, s, ALTERNATIVE_FIRST.matcher(text), seen, out);
      total(docId, s, seen, out);
      if (TROOP_TALK.matcher(text).find()) {
        collect(docId, s, LIMIT_FIRST.matcher(text), seen, out, Qualifier.UP_TO);
      }
      elliptic(docId, s, seen, out);
      breakdown(docId, s, seen, out);
      between(docId, s, seen, out);
      if (TROOPS_WORD.matcher(text).find()) {
        collect(docId, s, PEOPLE_FIGURE.matcher(text), seen, out);
      }
    }
    out.sort(java.util.Comparator.comparingInt(f -> f.provenance().start()));
    return out;
  }

  /**
   * Whether {@link NumberParser#PATTERN} can match anywhere in {@code text}: every alternative has a digit or
   * one of the words thousand, million, hundred (matched without regard to ASCII case).
   */
  static boolean mayHoldNumber(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("thousand") || lower.contains("million") || lower.contains("hundred");
  }

  /**
   * Whether a sentence speaks of stationing or a foreign force, or follows closely on one that does:
   * the items of a list ("Saaremaa: coastal artillery, 4,000 troops") take their context from the line
   * that introduces them. Each sentence's own words are looked at once per document, however many
   * sentences after it ask.
   */
  private static final class Context {
    private final List<Sentence> sentences;
    private final byte[] context;
    private final byte[] voyage;

    Context(List<Sentence> sentences) {
      this.sentences = sentences;
      this.context = new byte[sentences.size()];
      this.voyage = new byte[sentences.size()];
    }

    boolean around(int k) {
      boolean paragraph = true;
      for (int j = k; j >= 0 && j >= k - 12; j--) {
        // within one paragraph (sentences that follow one another with no blank line between) the context
        // reaches further: a long list of the units a transport carried ends with their number
        paragraph &= j == k || sentences.get(j + 1).start() - sentences.get(j).end() <= 1;
        int gap = sentences.get(k).start() - sentences.get(j).end();
        if (gap > (paragraph ? 1000 : 400)) {
          break;
        }
        if (gap <= 400 ? test(context, CONTEXT, j) : test(voyage, VOYAGE, j)) {
          return true;
        }
      }
      return false;
    }

    private boolean test(byte[] memo, Pattern p, int j) {
      if (memo[j] == 0) {
        memo[j] = (byte) (p.matcher(sentences.get(j).text()).find() ? 1 : 2);
      }
      return memo[j] == 1;
    }
  }

  private void collect(String docId, Sentence s, Matcher m, List<int[]> seen, List<TroopFigure> out) {
    collect(docId, s, m, seen, out, Qualifier.EXACT);
  }

  private void collect(String docId, Sentence s, Matcher m, List<int[]> seen, List<TroopFigure> out, Qualifier unqualified) {
    String text = s.text();
    while (m.find()) {
      if (ownArmy(text, m) || notStationed(text, m.start("num"), m.end("num")) || isYear(text, m.start("num"), m.end("num"))) {
        continue;
      }
      int ns = m.start("num");
      Qualifier q = m.group("qual") == null ? unqualified : qualifier(m.group("qual"));
      // "limited the garrisons to 25,000", "a ceiling of 25,000": a maximum, whatever the words before the number
      if (q == Qualifier.EXACT && LIMIT.matcher(text.substring(Math.max(0, ns - 80), ns)).find()) {
        q = Qualifier.UP_TO;
      }
      add(docId, s, m, q, seen, out);
    }
  }

  /** "troops at three points, 4000 or 5000 in all": the total, and its alternative when the text gives one. */
  private void total(String docId, Sentence s, List<int[]> seen, List<TroopFigure> out) {
    Matcher m = TOTAL_AFTER.matcher(s.text());
    while (m.find()) {
      if (ownArmy(s.text(), m) || notStationed(s.text(), m.start("num"), m.end("num")) || isYear(s.text(), m.start("num"), m.end("num"))) {
        continue;
      }
      add(docId, s, m, m.group("qual") == null ? Qualifier.EXACT : qualifier(m.group("qual")), seen, out);
      if (m.group("alt") != null) {
        OptionalLong alt = NumberParser.parse(m.group("alt"));
        int as = m.start("alt");
        int ae = m.end("alt");
        if (alt.isPresent() && alt.getAsLong() >= MIN_TROOPS && seen.stream().noneMatch(r -> r[0] < ae && as < r[1])) {
          seen.add(new int[] {as, ae});
          out.add(new TroopFigure(alt.getAsLong(), Qualifier.EXACT, units(s.text(), as, ae),
              new Provenance(docId, s.start() + as, s.start() + ae, s.collapsed(), SOURCE, 1.0)));
        }
      }
    }
  }

  private static final Pattern BREAKDOWN_ITEM = Pattern.compile(
      "\\G\\s*(?:,|;|\\band\\b|:)?\\s*(?:and\\s+)?(?-i:\\p{Lu}\\p{L}+)\\s+(?<num>\\d{1,3}(?:,\\d{3})*|\\d+)(?![\\d,.]\\d)(?:\\s+(?:men|troops|soldiers))?");

  /**
   * "The foreign troops number 337 men: British 79, American 56, Russian 75": the parts of a total, by
   * nationality or unit, after a colon.
   */
  private void breakdown(String docId, Sentence s, List<int[]> seen, List<TroopFigure> out) {
    String text = s.text();
    for (int[] r : List.copyOf(seen)) {
      int colon = text.indexOf(':', r[1]);
      if (colon < 0 || colon - r[1] > 20 || Regex.matches(text.substring(r[1], colon), "(?s).*[\\d.;].*")) {
        continue;
      }
      Matcher m = BREAKDOWN_ITEM.matcher(text);
      m.region(colon + 1, text.length());
      int items = 0;
      List<TroopFigure> found = new ArrayList<>();
      List<int[]> spans = new ArrayList<>();
      while (m.find()) {
        OptionalLong n = NumberParser.parse(m.group("num"));
        if (n.isPresent() && n.getAsLong() >= MIN_TROOPS && !isYear(text, m.start("num"), m.end("num"))) {
          spans.add(new int[] {m.start("num"), m.end("num")});
          found.add(new TroopFigure(n.getAsLong(), Qualifier.EXACT, List.of(),
              new Provenance(docId, s.start() + m.start("num"), s.start() + m.end("num"), s.collapsed(), SOURCE, 1.0)));
        }
        items++;
      }
      // a list has two items or more; "Reinforcements: Brigade 4" is no breakdown
      if (items >= 2) {
        for (int i = 0; i < found.size(); i++) {
          int[] sp = spans.get(i);
          if (seen.stream().noneMatch(x -> x[0] < sp[1] && sp[0] < x[1])) {
            seen.add(sp);
            out.add(found.get(i));
          }
        }
      }
    }
  }

  /** After the first troop figure of a sentence, the figures that continue its list. */
  private void elliptic(String docId, Sentence s, List<int[]> seen, List<TroopFigure> out) {
    if (seen.isEmpty()) {
      return;
    }
    int first = seen.stream().mapToInt(r -> r[0]).min().getAsInt();
    int end = seen.stream().filter(r -> r[0] == first).mapToInt(r -> r[1]).findFirst().getAsInt();
    Qualifier inherited = out.stream().filter(f -> f.provenance().start() == s.start() + first)
        .map(TroopFigure::qualifier).findFirst().orElse(Qualifier.EXACT);
    for (Pattern p : List.of(ELLIPTIC, ELLIPTIC_BUT)) {
      Matcher m = p.matcher(s.text());
      m.region(end, s.text().length());
      while (m.find()) {
        add(docId, s, m, m.group("qual") == null ? inherited : qualifier(m.group("qual")), seen, out);
      }
    }
  }

  private static final Pattern BETWEEN = Pattern.compile(
      "\\bbetween\\s+(?<num>" + NumberParser.PATTERN + ")\\s+and\\s+(?<upper>" + NumberParser.PATTERN + ")", Pattern.CASE_INSENSITIVE);

  /** "between 150,000 and 200,000 men": the upper figure is a maximum, the lower one a minimum. */
  private static void between(String docId, Sentence s, List<int[]> seen, List<TroopFigure> out) {
    Matcher m = BETWEEN.matcher(s.text());
    while (m.find()) {
      int us = s.start() + m.start("upper");
      for (int i = 0; i < out.size(); i++) {
        TroopFigure f = out.get(i);
        if (f.provenance().start() == us) {
          out.set(i, new TroopFigure(f.troops(), Qualifier.UP_TO, f.units(), f.provenance()));
          add(docId, s, m, Qualifier.AT_LEAST, seen, out);
        }
      }
    }
  }

  /** Adds the figure in group "num" of a match unless it overlaps one already found or is too small. */
  private static void add(String docId, Sentence s, Matcher m, Qualifier q, List<int[]> seen, List<TroopFigure> out) {
    int ns = m.start("num");
    int ne = m.end("num");
    if (seen.stream().anyMatch(r -> r[0] < ne && ns < r[1])) {
      return;
    }
    OptionalLong n = NumberParser.parse(m.group("num"));
    if (n.isEmpty() || n.getAsLong() < MIN_TROOPS) {
      return;
    }
    seen.add(new int[] {ns, ne});
    out.add(new TroopFigure(n.getAsLong(), q, units(s.text(), ns, ne),
        new Provenance(docId, s.start() + ns, s.start() + ne, s.collapsed(), SOURCE, 1.0)));
  }

  private static final Pattern NOT_STATIONED = Pattern.compile(
      "\\b(?:killed|dead|died|wounded|missing|casualt\\w*|loss(?:es)?|lost|prisoners?|captured|deported|evacuated"
      + "|mobili[sz]\\w*|fielded|conscripted|drafted|recruit\\w*|enlisted|levied|attack\\w*|invad\\w*|facing|faced|defenders"
      + "|defended\\s+by|opposed\\s+by|police|policemen|gendarmes|gendarmerie|civilians|crews?|workers|inhabitants)\\b",
      Pattern.CASE_INSENSITIVE);
  /** "Stalin sent 700,000 troops to invade Finland": a force sent into a country is there, whatever it came to do. */
  private static final Pattern SENT = Pattern.compile(
      "(?i)\\b(?:sent|dispatched|despatched|moved|marched|brought|deployed|landed|poured)\\s+(?:in\\s+)?(?:some\\s+|about\\s+|over\\s+|more\\s+than\\s+)?$");

  /**
   * Casualties, prisoners, a country's own mobilization and an attacking army are counted, but they
   * are not troops stationed anywhere: "the Red Army lost 126,875 men", "Finland mobilized 300,000".
   */
  private static boolean notStationed(String text, int ns, int ne) {
    int from = Math.max(Math.max(text.lastIndexOf(',', ns - 1), text.lastIndexOf(';', ns - 1)) + 1, ns - 60);
    int to = Math.min(text.length(), ne + 40);
    for (char c : new char[] {',', ';'}) {
      int i = text.indexOf(c, ne);
      if (i >= 0 && i < to && !(i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
        to = i;
      }
    }
    if (SENT.matcher(text.substring(Math.max(0, ns - 30), ns)).find()) {
      return false;
    }
    return NOT_STATIONED.matcher(text.substring(Math.max(0, from), to)).find();
  }

  private static final Pattern YEAR_BEFORE_WORD = Pattern.compile("(?i)\\b(?:in|since|until|till|by|of|from|during|after|before|early|late|around"
      + "|january|february|march|april|may|june|july|august|september|october|november|december)\\s*,?\\s*$");

  /** "In 1944 the Soviet Army returned": a year, not a number of troops. */
  private static boolean isYear(String text, int ns, int ne) {
    String n = text.substring(ns, ne);
    if (!Regex.matches(n, "1[5-9]\\d\\d|20\\d\\d")) {
      return false;
    }
    return YEAR_BEFORE_WORD.matcher(text.substring(Math.max(0, ns - 12), ns)).find()
        || Regex.matches(text.substring(ne), "(?s)\\s+(?:the|a|an|when|as|after|before)\\b.*");
  }

  private static final Pattern OWN_FORCE = Pattern.compile(
      "(?i)\\b(?:own|national)\\s+(?:army|armies|forces?|troops|soldiers|defen[cs]e\\s+forces?|armed\\s+forces)\\b[^.;]*$");

  /** "the Lithuanian army had 22,265 soldiers": a national army counted, not a foreign force. */
  private static boolean ownArmy(String text, Matcher m) {
    String before = text.substring(Math.max(0, m.start() - 40), m.start());
    // "Estonia's own army was smaller, about 15,000 men", "our own defence force was about 16000"
    if (OWN_FORCE.matcher(text.substring(Math.max(0, m.start("num") - 80), m.start("num"))).find()) {
      return true;
    }
    return Regex.matches(before, "(?s).*\\b(?!Soviet|Red|Russian|German)\\p{Lu}\\p{L}+(?:an|ish|ese|ic)\\s+(?:[Aa]rmy|forces)\\s*,?\\s+(?:(?:itself|alone|then|still)\\s+)?"
        + "(?:had|has|numbered|numbering|counted|counting|of|was|totall?(?:ed|ing)|stood\\s+at)\\s*$");
  }

  private static final Pattern LIST_AND = Pattern.compile("\\band\\s+(?:(?:some|about|another|a\\s+further)\\s+)?$");

  private static boolean onlyUnitWords(String segment) {
    for (String w : Regex.split(segment.strip().toLowerCase(Locale.ROOT), "\\s+")) {
      if (!w.isEmpty() && !UNIT_TYPES.contains(w) && !w.equals("and") && !w.equals("units")) {
        return false;
      }
    }
    return !segment.isBlank();
  }

  static Qualifier qualifier(String q) {
    if (q == null) {
      return Qualifier.EXACT;
    }
    String t = Regex.replaceAll(q.strip().toLowerCase(Locale.ROOT), "\\s+", " ");
    if (t.contains("up to") || t.contains("more than") && t.startsWith("no") || t.contains("not more")
        || t.contains("at most") || t.contains("maximum")) {
      return Qualifier.UP_TO;
    }
    if (t.contains("at least") || t.contains("more than") || t.equals("over") || t.contains("fewer") || t.contains("less")) {
      return Qualifier.AT_LEAST;
    }
    return Qualifier.ABOUT;
  }

  /**
   * Unit types and formations named with the figure: inside the parenthesis that holds it, else in
   * its clause ("infantry, artillery, and mechanized units with 8,000 troops").
   */
  static List<String> units(String text, int ns, int ne) {
    int open = text.lastIndexOf('(', ns);
    int close = open < 0 ? -1 : text.indexOf(')', ne);
    int from;
    int to;
    if (open >= 0 && close > 0 && text.lastIndexOf(')', ns) < open) {
      from = open + 1;
      to = close;
    } else {
      // the figure's comma segment, widened backwards over segments that only list unit types
      // ("infantry, artillery, and tank units with 8,000 troops")
      from = ns;
      while (from > 0 && ",;(".indexOf(text.charAt(from - 1)) < 0) {
        from--;
      }
      // "... tank troops at Haapsalu and 900 at Kärdla": a figure right after "and" starts its own item
      Matcher and = LIST_AND.matcher(text.substring(from, ns));
      boolean ownItem = and.find();
      if (ownItem) {
        from += and.start();
      }
      while (!ownItem && from > 0 && text.charAt(from - 1) == ',') {
        int prev = from - 1;
        while (prev > 0 && ",;(".indexOf(text.charAt(prev - 1)) < 0) {
          prev--;
        }
        if (!onlyUnitWords(text.substring(prev, from - 1))) {
          break;
        }
        from = prev;
      }
      to = ne;
      while (to < text.length() && ",;()".indexOf(text.charAt(to)) < 0) {
        to++;
      }
      // and forwards over segments that continue a list of formations ("..., 5th Rifle Division, and
      // 2nd Light Tank Brigade")
      while (to < text.length() && text.charAt(to) == ',') {
        int next = to + 1;
        while (next < text.length() && ",;()".indexOf(text.charAt(next)) < 0) {
          next++;
        }
        String seg = Regex.replaceFirst(Regex.replaceAll(text.substring(to + 1, next), "[.\\s]+$", "").strip(), "^and\\s+", "");
        if (!FORMATION.matcher(seg).matches() && !onlyUnitWords(seg)) {
          break;
        }
        to = next;
      }
    }
    String clause = text.substring(from, to);
    Set<String> found = new LinkedHashSet<>();
    Matcher f = FORMATION.matcher(clause);
    while (f.find()) {
      found.add(Regex.replaceAll(f.group(), "\\s+", " "));
    }
    Matcher w = Regex.of("[\\p{L}-]+").matcher(clause);
    while (w.find()) {
      String word = w.group().toLowerCase(Locale.ROOT);
      int after = w.end();
      // a unit type is followed by "units", "and", "," or another unit type, not by an unrelated noun
      if (UNIT_TYPES.contains(word) && !word.equals("rifle") && !word.equals("border") && !word.equals("air")) {
        found.add(word);
      } else if ((word.equals("air") || word.equals("border")) && Regex.matches(clause.substring(after), "(?s)\\s*(?:force|forces|units|guard).*")) {
        found.add(word);
      }
    }
    // formation names already carry their arm ("Rifle", "Tank"); drop bare words inside them
    List<String> out = new ArrayList<>();
    for (String u : found) {
      boolean insideFormation = !u.contains(" ") && found.stream().anyMatch(x -> x.contains(" ")
          && x.toLowerCase(Locale.ROOT).contains(u));
      if (!insideFormation) {
        out.add(u);
      }
    }
    return out;
  }
}
