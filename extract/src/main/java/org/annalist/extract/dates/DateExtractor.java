package org.annalist.extract.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.DateExpression;
import org.annalist.model.DatePrecision;
import org.annalist.model.PartialDate;
import org.annalist.model.Provenance;
import org.annalist.model.text.Regex;

/**
 * Finds calendar expressions in a text.
 *
 * <p>Rules are tried longest first at every position (ranges before single dates, full dates
 * before month-days); an expression never overlaps another. A bare four-digit number is a year
 * only with a cue that it is a date ("in 1926", "the 1920 treaty", "Concordat of 1925", "(2007)")
 * and never when it counts something ("4884 people", "1,728 officers").
 *
 * <p>Stateless and thread-safe.
 */
public final class DateExtractor {
  public static final String SOURCE = "date-grammar";

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
      Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
      Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));
  private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November"
      + "|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.|(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?=\\s+\\d)"
      // treaty texts and headlines in capitals: "SIGNED AT PARIS, JUNE 3RD, 1920"
      + "|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)";
  private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|ST|ND|RD|TH)?";
  private static final String YEAR = "(?:1[0-9]\\d\\d|20\\d\\d)";
  private static final String DASH = "\\s*(?:-|–|—|\\bto\\b|\\buntil\\b|\\btill\\b|\\bthrough\\b)\\s*";
  private static final String B = "(?<![\\p{L}\\d])";
  private static final String E = "(?![\\p{L}\\d])";
  private static final String NOT_NUMBER_AFTER = "(?!\\s*(?:,\\s*)?\\d)";

  /** Letters a month name (and so {@link #MONTH}) starts with. */
  private static final String MONTH_INITIALS = "JFMASOND";

  /**
   * A pattern and what to make of its matches. The pattern is the rule's regex behind a pre-check:
   * a lookahead for the characters a match can start with, which fails at most positions of a text
   * at the cost of one character test, before the lookbehinds and alternations of the regex run.
   * It never changes what matches (see {@code DateExtractorTest}).
   */
  record Rule(String first, String regex, Pattern pattern, Parser parser) { }

  @FunctionalInterface
  interface Parser {
    /** Parsed expression for the match, or empty when its fields make no real date. */
    Optional<Parsed> parse(Matcher m);
  }

  private record Parsed(PartialDate start, Optional<PartialDate> end, DatePrecision precision, boolean anchor) { }

  private final List<Rule> rules;

  public DateExtractor(SlashOrder slashOrder) {
    List<Rule> r = new ArrayList<>();
    // all-numeric dates first: "1939-10-12" must not be read as the years 1939-1910
    r.add(rule("12", B + "(?<y>" + YEAR + ")-(?<mm>0[1-9]|1[0-2]|1[3-9]|[2-9]\\d)-(?<dd>\\d\\d)" + E,
        m -> point(y(m), Integer.parseInt(m.group("mm")), Integer.parseInt(m.group("dd")), true)));
    r.add(rule("\\d", B + "(?<a>\\d{1,2})(?<sep>[/.])(?<b>\\d{1,2})\\k<sep>(?<y>" + YEAR + ")" + E,
        m -> numeric(m, slashOrder)));
    // ranges
    r.add(rule(MONTH_INITIALS, B + "(?<m1>" + MONTH + ")\\s+(?<d1>" + DAY + ")" + DASH + "(?<m2>" + MONTH + ")\\s+(?<d2>" + DAY + ")"
        + "(?:(?:,\\s*|\\s+)(?<y>" + YEAR + "))?" + E, m -> range(y(m), month(m, "m1"), day(m, "d1"), y(m), month(m, "m2"), day(m, "d2"))));
    r.add(rule(MONTH_INITIALS, B + "(?<m1>" + MONTH + ")\\s+(?<d1>" + DAY + ")" + DASH + "(?<d2>" + DAY + ")(?:(?:,\\s*|\\s+)(?<y>" + YEAR + "))?"
        + E + NOT_NUMBER_AFTER, m -> range(y(m), month(m, "m1"), day(m, "d1"), y(m), month(m, "m1"), day(m, "d2"))));
    r.add(rule("\\d", B + "(?<d1>" + DAY + ")" + DASH + "(?<d2>" + DAY + ")\\s+(?:of\\s+)?(?<m1>" + MONTH + ")(?:(?:,\\s*|\\s+)(?<y>" + YEAR + "))?" + E,
        m -> range(y(m), month(m, "m1"), day(m, "d1"), y(m), month(m, "m1"), day(m, "d2"))));
    // "the night of 14/15 June 1940"
    r.add(rule("\\d", B + "(?<d1>" + DAY + ")/(?<d2>" + DAY + ")\\s+(?<m1>" + MONTH + ")(?:(?:,\\s*|\\s+)(?<y>" + YEAR + "))?" + E,
        m -> range(y(m), month(m, "m1"), day(m, "d1"), y(m), month(m, "m1"), day(m, "d2"))));
    r.add(rule("\\d", B + "(?<d1>" + DAY + ")\\s+(?<m1>" + MONTH + ")" + DASH + "(?<d2>" + DAY + ")\\s+(?<m2>" + MONTH + ")(?:(?:,\\s*|\\s+)(?<y>" + YEAR + "))?" + E,
        m -> range(y(m), month(m, "m1"), day(m, "d1"), y(m), month(m, "m2"), day(m, "d2"))));
    // "from November 1939 to March 1940"
    r.add(rule(MONTH_INITIALS, B + "(?<m1>" + MONTH + "),?\\s+(?<y1>" + YEAR + ")" + DASH + "(?<m2>" + MONTH + "),?\\s+(?<y2>" + YEAR + ")" + E,
        m -> range(Integer.parseInt(m.group("y1")), month(m, "m1"), 0, Integer.parseInt(m.group("y2")), month(m, "m2"), 0)));
    r.add(rule(MONTH_INITIALS, B + "(?<m1>" + MONTH + ")" + DASH + "(?<m2>" + MONTH + ")\\s+(?<y>" + YEAR + ")" + E,
        m -> range(y(m), month(m, "m1"), 0, y(m), month(m, "m2"), 0)));
    r.add(rule("\\d", "(?<=\\b[Bb]etween\\s)(?<d1>" + DAY + ")\\s+(?<m1>" + MONTH + ")\\s+and\\s+(?<d2>" + DAY + ")\\s+(?<m2>" + MONTH + ")(?:,\\s*|\\s+)(?<y>"
        + YEAR + ")" + E, m -> range(y(m), month(m, "m1"), day(m, "d1"), y(m), month(m, "m2"), day(m, "d2"))));
    r.add(rule(MONTH_INITIALS, "(?<=\\b[Bb]etween\\s)(?<m1>" + MONTH + ")\\s+(?<d1>" + DAY + ")\\s+and\\s+(?<m2>" + MONTH + ")\\s+(?<d2>" + DAY + ")(?:,\\s*|\\s+)(?<y>"
        + YEAR + ")" + E, m -> range(y(m), month(m, "m1"), day(m, "d1"), y(m), month(m, "m2"), day(m, "d2"))));
    r.add(rule("\\d", "(?<=\\b[Bb]etween\\s)(?<d1>" + DAY + ")\\s+and\\s+(?<d2>" + DAY + ")\\s+(?:of\\s+)?(?<m1>" + MONTH + ")(?:,\\s*|\\s+)(?<y>" + YEAR + ")" + E,
        m -> range(y(m), month(m, "m1"), day(m, "d1"), y(m), month(m, "m1"), day(m, "d2"))));
    r.add(rule(MONTH_INITIALS, "(?<=\\b[Bb]etween\\s)(?<m1>" + MONTH + ")\\s+(?<d1>" + DAY + ")\\s+and\\s+(?<d2>" + DAY + ")(?:,\\s*|\\s+)(?<y>" + YEAR + ")" + E,
        m -> range(y(m), month(m, "m1"), day(m, "d1"), y(m), month(m, "m1"), day(m, "d2"))));
    // the first of two coordinated dates takes the second's month and year: "3 and 6 August 1940",
    // "September and October 1939"
    r.add(rule("\\d", B + "(?<d1>" + DAY + ")(?=\\s+(?:and|or|&)\\s+" + DAY + "\\s+(?:of\\s+)?(?<m1>" + MONTH + ")(?:,\\s*|\\s+)(?<y>" + YEAR + ")" + E + ")",
        m -> point(y(m), month(m, "m1"), day(m, "d1"), true)));
    r.add(rule(MONTH_INITIALS, B + "(?<m1>" + MONTH + ")(?=\\s+(?:and|or|&)\\s+" + MONTH + "(?:,\\s*|\\s+)(?<y>" + YEAR + ")" + E + ")",
        m -> point(y(m), month(m, "m1"), 0, true)));
    r.add(rule("FfBb", "(?:[Ff]rom|[Bb]etween)\\s+(?<y1>" + YEAR + ")\\s+(?:to|and|until|till)\\s+(?<y2>" + YEAR + ")" + E,
        m -> yearRange(Integer.parseInt(m.group("y1")), Integer.parseInt(m.group("y2")), DatePrecision.YEAR)));
    r.add(rule("telmsafw", "(?:the\\s+)?(?:(?:early|late|mid-?)\\s*)?(?<s>spring|summer|autumn|fall|winter)\\s+of\\s+(?<y1>" + YEAR + ")\\s*[-–/]\\s*(?<y2>" + YEAR + "|\\d\\d)" + E,
        m -> yearRange(Integer.parseInt(m.group("y1")), y2(m), DatePrecision.SEASON)));
    r.add(rule("12", B + "(?<y1>" + YEAR + ")\\s*[–—/-]\\s*(?<y2>" + YEAR + "|\\d\\d)" + E + "(?!\\s*(?:-|–)?\\s*(?:strong|percent|%))",
        m -> yearRange(Integer.parseInt(m.group("y1")), y2(m), DatePrecision.YEAR)));
    // full dates
    r.add(rule(MONTH_INITIALS, B + "(?<m1>" + MONTH + ")\\s+(?<d1>" + DAY + ")(?:,\\s*|\\s+)(?<y>" + YEAR + ")" + E,
        m -> point(y(m), month(m, "m1"), day(m, "d1"), true)));
    r.add(rule("t\\d", B + "(?:the\\s+)?(?<d1>" + DAY + ")\\s+(?:of\\s+)?(?<m1>" + MONTH + ")(?:,\\s*|\\s+)(?<y>" + YEAR + ")" + E,
        m -> point(y(m), month(m, "m1"), day(m, "d1"), true)));
    // Roman-numeral months, as Central and East European papers write them: "3 VII 1940", "on 17 VI"
    r.add(rule("\\d", B + "(?<d1>" + DAY + ")\\s+(?<rm>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\\s+(?<y>" + YEAR + ")" + E,
        m -> point(y(m), roman(m.group("rm")), day(m, "d1"), true)));
    r.add(rule("\\d", "(?<=\\b(?:[Oo]n|[Ss]ince|[Uu]ntil|[Oo]f|[Dd]ated)\\s)(?<d1>" + DAY + ")\\s+(?<rm>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)" + E
        + "(?!\\s*\\d)", m -> point(0, roman(m.group("rm")), day(m, "d1"), false)));
    // month and year
    r.add(rule("elm" + MONTH_INITIALS, B + "(?:(?:early|late|mid)[-\\s]?)?(?<m1>" + MONTH + ")(?:,\\s*|\\s+)(?<y>" + YEAR + ")" + E,
        m -> point(y(m), month(m, "m1"), 0, true)));
    // month-day without a year
    r.add(rule(MONTH_INITIALS, B + "(?<m1>" + MONTH + ")\\s+(?<d1>" + DAY + ")" + E + NOT_NUMBER_AFTER,
        m -> point(0, month(m, "m1"), day(m, "d1"), false)));
    r.add(rule("t\\d", B + "(?:the\\s+)?(?<d1>" + DAY + ")\\s+(?:of\\s+)?(?<m1>" + MONTH + ")" + E,
        m -> point(0, month(m, "m1"), day(m, "d1"), false)));
    // a month alone, after a preposition that makes it a time ("in April", "by July")
    // a day.month without a year after "on": "arrived in Paldiski on 18.10"
    r.add(rule("\\d", "(?<=\\b[Oo]n\\s)(?<d1>[12]\\d|3[01]|0?[1-9])\\.(?<mm>0[1-9]|1[0-2])\\.?(?![\\d\\p{L}])",
        m -> point(0, Integer.parseInt(m.group("mm")), day(m, "d1"), false)));
    r.add(rule(MONTH_INITIALS, "(?<=(?:\\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Dd]uring|[Ee]arly|[Ll]ate|[Ff]rom|[Tt]hrough)\\s)|mid-"
        + "|\\b(?:end|beginning|middle|start|course|half)\\sof\\s)(?<m1>January|February|March|April|May|June|July|August|September|October|November|December)" + E + "(?!\\s*\\d)",
        m -> point(0, month(m, "m1"), 0, false)));
    // a month named as an attribute of an event, after a determiner: "its August defeat", "the June ultimatum"
    r.add(rule(MONTH_INITIALS, "(?<=\\b(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Tt]hat|[Ll]ast|[Nn]ext)\\s)(?<m1>January|February|March|April|June|July|August"
        + "|September|October|November|December)(?=\\s+(?!of\\b|on\\b|to\\b|and\\b|in\\b|the\\b)\\p{Ll}{3,})",
        m -> point(0, month(m, "m1"), 0, false)));
    // seasons, decades, centuries
    r.add(rule("telmSsAaFfWw", "(?:the\\s+)?(?:(?:early|late|mid-?)\\s*)?(?<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\\s+(?:of\\s+)?(?<y>" + YEAR + ")" + E,
        m -> Optional.of(new Parsed(new PartialDate(y(m), 0, 0), Optional.empty(), DatePrecision.SEASON, true))));
    r.add(rule("telmfsn", "(?:the\\s+)?(?:(?:early|late|mid-?)\\s*)?(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
        + "\\s+of\\s+the\\s+(?:(?<ord>1\\d|20)(?:st|nd|rd|th)|(?<rom>XX|XIX|XXI|XVIII))\\s+[Cc]entury" + E,
        DateExtractor::decadeOfCentury));
    r.add(rule("12", B + "(?<dec>1[0-9]\\d0|20\\d0)s" + E,
        m -> decade(Integer.parseInt(m.group("dec")))));
    r.add(rule("2-9", "(?<=\\b[Tt]he\\s(?:(?:early|late|mid-?)\\s?)?)(?<dec>[2-9]0)s" + E,
        m -> decade(1900 + Integer.parseInt(m.group("dec")))));
    r.add(rule("\\dXIV\\s", "(?<=\\b[Tt]he\\s(?:(?:early|late|mid-?)\\s?)?)(?:(?<ord>1\\d|20|[2-9])(?:st|nd|rd|th)|(?<rom>X{0,2}(?:IX|IV|V?I{0,3})))\\s+[Cc]entury" + E,
        DateExtractor::century));
    // a year used as a date
    r.add(rule("12", B + "(?<y>" + YEAR + ")" + E, m -> Optional.of(new Parsed(new PartialDate(y(m), 0, 0), Optional.empty(),
        DatePrecision.YEAR, false))));
    this.rules = List.copyOf(r);
  }

  /** A rule whose matches can only start with a character of the class {@code first} (as written inside [...]). */
  private static Rule rule(String first, String regex, Parser p) {
    return new Rule(first, regex, Pattern.compile("(?=[" + first + "])" + regex), p);
  }

  /** The rules, in the order they are tried. */
  List<Rule> rules() {
    return rules;
  }

  /**
   * Finds the calendar expressions in {@code text[from, to)}.
   *
   * @param docId      for provenance
   * @param sentenceAt the collapsed sentence around an offset
   */
  public List<DateExpression> extract(String docId, String text, int from, int to, IntFunction<String> sentenceAt) {
    List<int[]> taken = new ArrayList<>();
    List<DateExpression> out = new ArrayList<>();
    String region = text.substring(0, to);
    for (Rule rule : rules) {
      Matcher m = rule.pattern().matcher(region);
      m.region(from, to);
      m.useTransparentBounds(true);
      while (m.find()) {
        int s = m.start();
        int e = m.end();
        if (taken.stream().anyMatch(t -> t[0] < e && s < t[1])) {
          continue;
        }
        Optional<Parsed> p = rule.parser().parse(m);
        if (p.isEmpty()) {
          // an impossible date ("February 30, 1940", "1939-13-01") is rejected whole: no part of it
          // may come out as a lesser date
          taken.add(new int[] {s, e});
          continue;
        }
        Parsed parsed = p.get();
        // a date given as a reference ("the pact of July 25, 1932", "interned since September 1939") is
        // not where the narrative is
        boolean anchor = parsed.anchor() && !reference(text, s)
            && !flashForward(text, s);
        if (parsed.precision() == DatePrecision.YEAR && parsed.end().isEmpty()) {
          Optional<Boolean> cue = yearCue(text, s, e);
          if (cue.isEmpty()) {
            continue;
          }
          anchor = cue.get();
        }
        taken.add(new int[] {s, e});
        String surface = text.substring(s, e);
        out.add(new DateExpression(surface, parsed.start(), parsed.end(), parsed.precision(), anchor,
            new Provenance(docId, s, e, sentenceAt.apply(s), SOURCE, 1.0)));
      }
    }
    out.sort(Comparator.comparingInt(d -> d.provenance().start()));
    return out;
  }

  private static final Set<String> REFERENCE_CUES = Set.of("of", "since", "until", "till", "before", "after");
  /** Parts of a time span: "in the first days of June 1941" places the narrative, "the pact of June 1941" names. */
  private static final Pattern TIME_PART_OF = Pattern.compile(
      "\\b(?:days?|weeks?|months?|end|beginning|middle|start|course|half|part|night|morning|evening|spring|summer|autumn|winter"
      + "|first|last|early|late)\\s+of\\s*$", Pattern.CASE_INSENSITIVE);

  /** Whether the date at s is given as a reference point ("the pact of July 25, 1932", "since September 1939"). */
  private static boolean reference(String text, int s) {
    String prev = prevWord(text, s).toLowerCase(Locale.ROOT);
    if (!REFERENCE_CUES.contains(prev)) {
      return false;
    }
    return !(prev.equals("of") && TIME_PART_OF.matcher(text.substring(Math.max(0, s - 40), s)).find());
  }
  private static final Pattern FLASH_FORWARD = Pattern.compile(
      "\\b(?:eventually|finally|ultimately|in the end|years later|decades later|after the war)\\b", Pattern.CASE_INSENSITIVE);

  /** "Eventually, ... on January 10, 1941": a look ahead in time, after which the story goes back. */
  private static boolean flashForward(String text, int s) {
    int from = Math.max(0, s - 120);
    int stop = Math.max(text.lastIndexOf(". ", s), text.lastIndexOf('\n', s));
    from = Math.max(from, stop < 0 ? 0 : stop);
    return FLASH_FORWARD.matcher(text.substring(from, s)).find();
  }

  /** Cues of a year that places the narrative ("In 1919, ..."). */
  private static final Set<String> ANCHOR_CUES = Set.of("in", "by", "during", "early", "late", "mid", "around", "circa",
      "c.", "year", "spring", "summer", "autumn", "fall", "winter", "throughout");
  /** Cues of a year used as a reference point or a name ("since 1920", "Concordat of 1925", "the 1926 coup"). */
  private static final Set<String> NAME_CUES = Set.of("of", "the", "to", "and", "or", "s", "'s", "’s", "since", "until",
      "till", "after", "before", "from", "copyright", "©");
  private static final Set<String> NOT_PLURAL = Set.of("was", "has", "this", "thus", "its", "his", "as", "is",
      "always", "perhaps", "whereas", "towards", "afterwards", "besides", "unless", "across", "us", "hers", "yes");
  private static final Set<String> COUNT_NOUNS = Set.of("people", "men", "women", "children", "persons", "km", "sq",
      "square", "metres", "meters", "miles", "hectares", "tons", "tonnes", "dollars", "marks", "litas", "roubles",
      "rubles", "pounds", "votes", "strong", "copies", "pages", "percent", "%");

  /**
   * Whether a bare year is a date: empty when it is not (no cue, or it counts something);
   * true when it anchors the narrative ("In 1919, ..."), false when it names ("Concordat of 1925").
   */
  private static Optional<Boolean> yearCue(String text, int s, int e) {
    // a number with thousands separators or decimals is a quantity
    if ((s > 0 && (text.charAt(s - 1) == ',' || text.charAt(s - 1) == '.') && s > 1 && Character.isDigit(text.charAt(s - 2)))
        || (e + 1 < text.length() && (text.charAt(e) == ',' || text.charAt(e) == '.') && Character.isDigit(text.charAt(e + 1)))) {
      return Optional.empty();
    }
    String next = nextWord(text, e);
    if (COUNT_NOUNS.contains(next) || (next.length() > 3 && next.endsWith("s") && next.equals(next.toLowerCase(Locale.ROOT))
        && !NOT_PLURAL.contains(next) && Character.isLetter(next.charAt(0)))) {
      return Optional.empty();
    }
    if (s > 0 && text.charAt(s - 1) == '(' && e < text.length() && text.charAt(e) == ')') {
      return Optional.of(false);
    }
    // a year in a list of years: "in 1918, 1919 and 1920"
    if (YEAR_BEFORE.matcher(text.substring(Math.max(0, s - 8), s)).find()) {
      return Optional.of(false);
    }
    if (headingYear(text, s, e)) {
      return Optional.of(false);
    }
    String prev = prevWord(text, s).toLowerCase(Locale.ROOT);
    if (ANCHOR_CUES.contains(prev)) {
      return Optional.of(true);
    }
    if (NAME_CUES.contains(prev)) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  /** A name and a comma before a year that ends a line or comes before a parenthesis: "Letters from Lisbon, 1921 (vol. 2)". */
  private static final Pattern TITLE_BEFORE = Pattern.compile("\\p{Lu}\\p{Ll}+, $");
  private static final Pattern TITLE_AFTER = Pattern.compile("^[ \\t]*(?:\\(|\\r?\\n|$)");

  /**
   * A year that dates a heading: at the start of a line before a colon ("1927: Poland"), or after a
   * title's last name and a comma at the end of the line ("Convoys from Lisbon to Luanda, 1917").
   */
  private static boolean headingYear(String text, int s, int e) {
    boolean lineStart = s == 0 || text.charAt(s - 1) == '\n';
    if (lineStart && e < text.length() && text.charAt(e) == ':') {
      return true;
    }
    return TITLE_BEFORE.matcher(text.substring(Math.max(0, s - 30), s)).find()
        && TITLE_AFTER.matcher(text.substring(e, Math.min(text.length(), e + 3))).find();
  }

  private static final Pattern YEAR_BEFORE = Pattern.compile("(?<![\\d,.])(?:1[0-9]\\d\\d|20\\d\\d),\\s*$");

  private static String nextWord(String text, int e) {
    int i = e;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    int j = i;
    while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '%')) {
      j++;
    }
    return text.substring(i, j);
  }

  private static String prevWord(String text, int s) {
    int j = s;
    while (j > 0 && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == '-')) {
      j--;
    }
    int i = j;
    while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '’'
        || text.charAt(i - 1) == '.')) {
      i--;
    }
    return text.substring(i, j);
  }

  private static int y(Matcher m) {
    String g = m.group("y");
    return g == null ? 0 : Integer.parseInt(g);
  }

  private static int y2(Matcher m) {
    String g = m.group("y2");
    int y1 = Integer.parseInt(m.group("y1"));
    if (g.length() == 2) {
      return y1 / 100 * 100 + Integer.parseInt(g);
    }
    return Integer.parseInt(g);
  }

  private static int month(Matcher m, String group) {
    String w = m.group(group).toLowerCase(Locale.ROOT).replace(".", "");
    return MONTHS.get(w);
  }

  private static int day(Matcher m, String group) {
    return Integer.parseInt(Regex.replaceAll(m.group(group), "\\D", ""));
  }

  private static Optional<Parsed> point(int year, int month, int day, boolean anchor) {
    if (!PartialDate.isValid(year, month, day)) {
      return Optional.empty();
    }
    DatePrecision p = day > 0 ? DatePrecision.DAY : DatePrecision.MONTH;
    return Optional.of(new Parsed(new PartialDate(year, month, day), Optional.empty(), p, anchor && year > 0));
  }

  private static Optional<Parsed> range(int y1, int m1, int d1, int y2, int m2, int d2) {
    if (!PartialDate.isValid(y1, m1, d1) || !PartialDate.isValid(y2, m2, d2)) {
      return Optional.empty();
    }
    // a range that runs backwards within one year crosses New Year ("December 30 - January 2, 1940")
    int startYear = y1;
    if (y2 < y1) {
      return Optional.empty();
    }
    if (y1 > 0 && y1 == y2 && (m2 < m1 || (m2 == m1 && d2 < d1))) {
      if (m2 == m1) {
        return Optional.empty();
      }
      startYear = y1 - 1;
      if (!PartialDate.isValid(startYear, m1, d1)) {
        return Optional.empty();
      }
    }
    if (y1 == 0 && m2 == m1 && d2 < d1) {
      return Optional.empty();
    }
    DatePrecision p = d1 > 0 ? DatePrecision.DAY : DatePrecision.MONTH;
    return Optional.of(new Parsed(new PartialDate(startYear, m1, d1), Optional.of(new PartialDate(y2, m2, d2)), p, y1 > 0));
  }

  private static Optional<Parsed> yearRange(int y1, int y2, DatePrecision p) {
    if (y2 <= y1 || y2 - y1 > 200) {
      return Optional.empty();
    }
    return Optional.of(new Parsed(new PartialDate(y1, 0, 0), Optional.of(new PartialDate(y2, 0, 0)), p, false));
  }

  private static Optional<Parsed> decade(int startYear) {
    return Optional.of(new Parsed(new PartialDate(startYear, 0, 0), Optional.of(new PartialDate(startYear + 9, 0, 0)),
        DatePrecision.DECADE, false));
  }

  private static final List<String> DECADE_WORDS = List.of("twenties", "thirties", "forties", "fifties", "sixties",
      "seventies", "eighties", "nineties");

  private static Optional<Parsed> decadeOfCentury(Matcher m) {
    int century = m.group("ord") != null ? Integer.parseInt(m.group("ord")) : roman(m.group("rom"));
    int decade = (DECADE_WORDS.indexOf(m.group("w").toLowerCase(Locale.ROOT)) + 2) * 10;
    return decade((century - 1) * 100 + decade);
  }

  private static Optional<Parsed> century(Matcher m) {
    int n;
    if (m.group("ord") != null) {
      n = Integer.parseInt(m.group("ord"));
    } else {
      String r = m.group("rom");
      if (r == null || r.isEmpty()) {
        return Optional.empty();
      }
      n = roman(r);
    }
    if (n < 1 || n > 21) {
      return Optional.empty();
    }
    int first = (n - 1) * 100 + (n == 1 ? 1 : 0);
    return Optional.of(new Parsed(new PartialDate(Math.max(1, first), 0, 0),
        Optional.of(new PartialDate((n - 1) * 100 + 99, 0, 0)), DatePrecision.CENTURY, false));
  }

  /** Value of a Roman numeral (I..MMMM); used for centuries and article numbers. */
  public static int roman(String r) {
    Map<Character, Integer> v = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100, 'D', 500, 'M', 1000);
    int total = 0;
    for (int i = 0; i < r.length(); i++) {
      int cur = v.get(r.charAt(i));
      int nxt = i + 1 < r.length() ? v.get(r.charAt(i + 1)) : 0;
      total += cur < nxt ? -cur : cur;
    }
    return total;
  }

  private static Optional<Parsed> numeric(Matcher m, SlashOrder slashOrder) {
    // dotted dates (23.10.1939) follow the European day-first convention whatever the slash policy
    SlashOrder order = m.group("sep").equals(".") ? SlashOrder.DAY_FIRST : slashOrder;
    int a = Integer.parseInt(m.group("a"));
    int b = Integer.parseInt(m.group("b"));
    int year = y(m);
    int month;
    int day;
    if (a > 12) {
      day = a;
      month = b;
    } else if (b > 12) {
      month = a;
      day = b;
    } else if (order == SlashOrder.MONTH_FIRST) {
      month = a;
      day = b;
    } else {
      day = a;
      month = b;
    }
    return point(year, month, day, true);
  }
}
