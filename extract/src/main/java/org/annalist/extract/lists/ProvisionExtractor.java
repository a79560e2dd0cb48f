package org.annalist.extract.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.extract.dates.DateExtractor;
import org.annalist.model.ListItem;
import org.annalist.model.Provenance;
import org.annalist.model.text.Regex;

/**
 * Finds the numbered provisions of treaties, protocols and agreements in the forms real texts give
 * them, each as a {@link ListItem} whose number is the provision's number:
 * <ol>
 *   <li>article lines: {@code Article 1.} / {@code ARTICLE XXI} / {@code Article One} / {@code ARTICLE FIRST}
 *       headings with the body on the following lines, and items with the body on the same line
 *       ({@code Art. II. The port of ... to be opened}), also after a margin note
 *       ({@code Conditions. Art. XXVII. ...});</li>
 *   <li>prose that speaks of an article: {@code Article 5 grants the lessee ...},
 *       {@code Articles 2 and 4 deal with ...}, {@code In Article 1, the war ...},
 *       {@code Under Article 12 of the Armistice, the Germans ...}; one item per number, the clause as text
 *       (a span, "Arts. III. to XII. provide for ...", summarizes and gives none);</li>
 *   <li>numbered paragraphs and inline enumerations ({@code 1. ... 2. ...}, {@code (1) ...; (2) ...},
 *       {@code 1) ... 2) ...}, {@code (i) ... (ii) ...}) when they enumerate a treaty's provisions: their
 *       introduction says so ("the terms of the treaty are as follows:", "the protocol provides:"), or
 *       the document is a treaty text whose paragraphs speak its language ("shall", "undertakes").</li>
 * </ol>
 * Not provisions: a cross-reference ("the bases provided for in Article 3"), an article heading that
 * is the wrapped end of a sentence, numbered paragraphs of reports and telegrams, footnotes, steps
 * of events, the paragraphs under an article heading (they are that article's body), and "article"
 * in a newspaper's sense (no number).
 *
 * <p>Stateless and thread-safe.
 */
public final class ProvisionExtractor {
  /** Source of an "Article N" line: a heading with its body, or an item with its text on the line. */
  public static final String ARTICLE_LINE = "article-line";
  /** Source of an article named in running prose. */
  public static final String ARTICLE_PROSE = ListItem.PROSE_SOURCE;
  /** Source of a numbered paragraph or an inline enumeration of provisions. */
  public static final String ENUMERATION = "provision-enumeration";

  /** Longest text kept for one provision; a heading's body runs to the next article but no further. */
  static final int MAX_TEXT = 1500;

  private static final Map<String, Integer> WORD_NUMBERS = wordNumbers();
  private static final String WORD_NUM = "(?i:" + String.join("|", WORD_NUMBERS.keySet().stream()
      .sorted(Comparator.comparingInt(String::length).reversed()).toList()) + ")";
  private static final String ROMAN = "(?:[IVXLC]{1,7})";
  private static final String NUM = "(?:\\d{1,3}|" + ROMAN + "|" + WORD_NUM + ")";

  private static final Pattern ARTICLE_LINE_PATTERN = Pattern.compile(
      "(?m)^[ \\t]*(?:(?:[-•*–·▪◦]|\\d{1,3}[.)])[ \\t]*)?"
      // a margin note before the label: "Conditions. Art. XXVII.", glued "IndependenceArt. XXVI."
      + "(?:\\p{Lu}\\p{L}+(?:[ \\-]\\p{L}+){0,2}\\.[ \\t]+(?=Art)|\\p{Lu}\\p{Ll}+(?=Art\\.))?"
      + "(?<label>ARTICLE|Article|ART\\.|Art\\.)[ \\t]+(?:No\\.?[ \\t]*)?(?<num>" + NUM + ")(?![\\p{L}\\d])(?<dot>\\.)?"
      + "[ \\t]*(?<sep>[:)\\-–—]+)?[ \\t]*(?<rest>[^\\n]*)$");

  /** Verbs with which prose says what an article does. */
  private static final String VERBS = "(?:provide[sd]?|establish(?:es|ed)?|stipulate[sd]?|grant(?:s|ed)?|give[sn]?|gave|deal[st]?"
      + "|declare[sd]?|fix(?:es|ed)?|guarantee[sd]?|oblige[sd]?|require[sd]?|state[sd]?|say[s]?|said|prescribe[sd]?"
      + "|permit(?:s|ted)?|allow(?:s|ed)?|forb(?:ids?|ade)|prohibit(?:s|ed)?|bind[s]?|bound|recogni[sz]e[sd]?|define[sd]?"
      + "|set[s]?|la(?:ys|id)|contain(?:s|ed)?|specif(?:ies|ied|y)|concern(?:s|ed)?|regulate[sd]?|confirm(?:s|ed)?"
      + "|cede[sd]?|transfer(?:s|red)?|assign(?:s|ed)?|entitle[sd]?|accord(?:s|ed)?|commit(?:s|ted)?|call(?:s|ed)?\\s+for"
      + "|envisage[sd]?|foresee[sn]?|ensure[sd]?|reserve[sd]?|obligate[sd]?|determine[sd]?|regard(?:s|ed)?|ma(?:kes|de)"
      + "|(?:is|are|was|were)\\s+(?:devoted|concerned|dedicated)|dispose[sd]?|affirm(?:s|ed)?|renounce[sd]?|settle[sd]?"
      + "|limit(?:s|ed)?|restrict(?:s|ed)?|demand(?:s|ed)?|promise[sd]?|engage[sd]?|undert(?:akes|ook)|read[s]?|ran|runs)";
  private static final String PROSE_LABEL = "(?<label>Articles?|ARTICLES?|Arts?\\.|ART\\.|Clauses?|Paragraphs?|Points?|Sections?|Terms?)";
  private static final String NUM_LIST = "(?<nums>" + NUM + "\\.?(?:\\s*(?:,|and|&|or|to|-|–)\\s*" + NUM + "\\.?)*)";
  private static final String OF_PHRASE = "(?:\\s+of\\s+(?:the\\s+)?(?<of>[^,.;:()\\n]{1,80}?))?";
  private static final String CLAUSE_START = "(?:^|(?<=[.!?:;]\\s)|(?<=[.!?:;]\\s\\s)|(?<=\\n)|(?<=[.!?:;][\"”’]\\s))";
  /** "Article I provided for ...", "The Armistice, article 12, stipulated ...", "Arts. III. to XII. provide for ...". */
  private static final Pattern PROSE_SUBJECT = Pattern.compile(
      "(?m)(?:" + CLAUSE_START + "|(?<=,\\s)|(?<=\\band\\s)|(?<=\\bwhile\\s)|(?<=\\bwhereas\\s))"
      + "(?:" + PROSE_LABEL + "|(?<lower>article))\\s+" + NUM_LIST + OF_PHRASE
      + "(?:\\s*,)?\\s+(?:(?:also|further|then|thus|in\\s+turn|moreover|expressly)\\s+)?(?<verb>" + VERBS + ")\\b");
  /** "In Article 1, the war ...", "With Article 2, the Soviet Union recognized ...", "By Art. I. Bulgaria was ...". */
  private static final Pattern PROSE_ADVERBIAL = Pattern.compile(
      "(?m)" + CLAUSE_START + "(?:In|With|By|Under|Through|According\\s+to|Pursuant\\s+to|Following)\\s+(?:the\\s+terms\\s+of\\s+)?"
      + PROSE_LABEL + "\\s+" + NUM_LIST + OF_PHRASE + "\\s*[,.]?\\s+(?=[\\p{Lu}\"“]|the\\s|a\\s|it\\s|both\\s|each\\s|all\\s)");

  /** Words that show a text speaks of a treaty's provisions. */
  private static final Pattern TREATY_WORD = Pattern.compile(
      "\\b(?:treat(?:y|ies)|pacts?|agreements?|agreed|protocols?|conventions?|armistice|accords?|concordat|charter"
      + "|terms|provisions|stipulations|conditions|clauses|articles|plan)\\b", Pattern.CASE_INSENSITIVE);
  /** Words of a document title that names a treaty text. */
  private static final Pattern TREATY_TITLE = Pattern.compile(
      "\\b(?:treaty|agreement|convention|protocol|pact|armistice|accord|concordat|charter|exchange\\s+of\\s+notes)\\b",
      Pattern.CASE_INSENSITIVE);
  /** What introduces an enumeration of provisions. */
  private static final Pattern INTRO_CUE = Pattern.compile(
      "(?:\\bas\\s+follows\\b|\\bthe\\s+following\\b|\\b(?:provide[sd]?|stipulate[sd]?|state[sd]?|lay\\s+down|laid\\s+down|agreed|demand(?:s|ed)?)"
      + "(?:\\s+that)?\\s*:|:\\s*[—–-]*)[^.]{0,40}$", Pattern.CASE_INSENSITIVE);
  /** The language of a treaty's operative paragraphs. */
  private static final Pattern TREATY_MODAL = Pattern.compile(
      "\\b(?:shall|will|undertakes?|agrees?|agreed|(?:is|are)\\s+to|to\\s+be|may\\s+not|recogni[sz]es?|guarantees?)\\b",
      Pattern.CASE_INSENSITIVE);
  /** Enumeration markers: "1.", "(1)", "1)", "(ii)". */
  private static final Pattern MARKER = Pattern.compile(
      "(?<![\\p{L}\\d.,(])(?:\\((?<paren>\\d{1,2})\\)|(?<dot>\\d{1,3})\\.(?![\\d.])|(?<close>\\d{1,2})\\)|\\((?<roman>i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\\))"
      + "(?=[ \\t]*\\n?[ \\t]*[\\p{Lu}\"“‘']|[ \\t]+(?:that|to|the|a|an|in|on|if|no|any|all|each|both)\\b)");

  private static final String[] STYLES = {"paren", "dot", "close", "roman"};
  private static final Pattern RANGE = Pattern.compile("\\bto\\b|[-–]");

  public List<ListItem> extract(String docId, String text, int from, int to, String title, IntFunction<String> sentenceAt) {
    List<ListItem> out = new ArrayList<>();
    List<int[]> lines = articleLines(docId, text, from, to, sentenceAt, out);
    prose(docId, text, from, to, title, sentenceAt, lines, out);
    enumerations(docId, text, from, to, title, sentenceAt, lines, out);
    out.sort(Comparator.comparingInt((ListItem i) -> i.provenance().start()).thenComparingInt(ListItem::number));
    return out;
  }

  // ---------------------------------------------------------------- article lines

  /** Article headings and items at the start of a line; returns the spans they cover. */
  private List<int[]> articleLines(String docId, String text, int from, int to, IntFunction<String> sentenceAt,
      List<ListItem> out) {
    record Line(int start, int end, int number, int restStart, String rest, boolean marked) { }
    List<Line> found = new ArrayList<>();
    Matcher m = ARTICLE_LINE_PATTERN.matcher(text);
    m.region(from, to);
    while (m.find()) {
      OptionalInt n = number(m.group("num"));
      // "... which forms the first Annex to\nArticle 3." is a wrapped cross-reference, not a heading
      if (n.isEmpty() || !startsBlock(text, m.start())) {
        continue;
      }
      found.add(new Line(m.start(), m.end(), n.getAsInt(), m.start("rest"),
          m.group("rest").strip(), m.group("dot") != null || m.group("sep") != null));
    }
    List<int[]> spans = new ArrayList<>();
    for (int k = 0; k < found.size(); k++) {
      Line l = found.get(k);
      int next = k + 1 < found.size() ? found.get(k + 1).start() : to;
      boolean neighbour = (k > 0 && blankLinesBetween(text, found.get(k - 1).end(), l.start()) <= 1)
          || (k + 1 < found.size() && blankLinesBetween(text, l.end(), found.get(k + 1).start()) <= 1);
      String body;
      int end;
      if (l.rest().isEmpty()) {
        // a heading: the body is on the following lines, up to the next article
        int[] b = body(text, l.end(), next, true);
        end = b[1];
        body = clean(text.substring(b[0], b[1]));
        if (body.isEmpty()) {
          continue;
        }
      } else if (l.marked() || neighbour) {
        boolean opensList = Regex.matches(l.rest(), ".*[:：][\\s—–-]*$");
        int[] b = body(text, l.restStart(), next, opensList);
        end = b[1];
        body = clean(text.substring(b[0], b[1]));
      } else {
        // "Article 3 of the pact gives ..." opening a paragraph is prose, found by prose()
        continue;
      }
      body = stripLeadingDash(body);
      out.add(new ListItem("Article", l.number(), cap(body),
          new Provenance(docId, l.start(), end, sentenceAt.apply(l.start()), ARTICLE_LINE, 1.0)));
      spans.add(new int[] {l.start(), end});
    }
    return spans;
  }

  /**
   * The lines after an article line that belong to it: hard-wrapped continuation lines, and after a
   * heading (or a line ending in a colon) its paragraphs up to the next article, at most
   * {@link #MAX_TEXT} characters. Returns {start, end}.
   */
  private static int[] body(String text, int from, int limit, boolean paragraphs) {
    int start = from;
    while (start < limit && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start >= limit) {
      return new int[] {from, from};
    }
    if (!paragraphs && blankLinesBetween(text, from, start) > 0) {
      return new int[] {from, from};
    }
    int end = start;
    int pos = start;
    while (pos < limit) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 || nl > limit ? limit : nl;
      String line = text.substring(pos, lineEnd);
      if (!line.isBlank()) {
        if (pos > start && !paragraphs) {
          // an item's text goes on over hard-wrapped lines only
          String sofar = text.substring(start, end).strip();
          boolean wrapped = !Regex.matches(sofar, "(?s).*[.!?;:\"”)]$") || Character.isLowerCase(line.strip().codePointAt(0));
          if (!wrapped || MARKER.matcher(line.strip()).lookingAt()) {
            break;
          }
        }
        end = lineEnd;
      } else if (!paragraphs) {
        break;
      }
      if (end - start > MAX_TEXT) {
        break;
      }
      pos = lineEnd + 1;
    }
    return new int[] {start, end};
  }

  /**
   * Whether a line start begins a block: the text start, a blank line before, a previous line that
   * ends a sentence, is an item of its own, or is a short heading ("TEMPORARY INSTALLATIONS",
   * "Articles of the treaty"), not the wrapped start of a sentence ("... forms the first Annex to").
   */
  private static boolean startsBlock(String text, int lineStart) {
    int p = lineStart - 1;
    if (p < 0) {
      return true;
    }
    int prevStart = text.lastIndexOf('\n', p - 1) + 1;
    String prev = text.substring(prevStart, p).strip();
    if (prev.isEmpty() || Regex.matches(prev, "(?s).*[.!?:;)\"”’—–\\-]$") || Regex.matches(prev, "^[-•*–·▪◦].*")
        || ARTICLE_LINE_PATTERN.matcher(prev).lookingAt() || MARKER.matcher(prev).lookingAt()) {
      return true;
    }
    String[] words = Regex.split(prev, "\\s+");
    return words.length <= 6 && Character.isUpperCase(prev.codePointAt(0))
        && !Regex.matches(words[words.length - 1], "(?i)to|of|the|and|or|in|a|an|with|by|for|at|on|from|between");
  }

  private static int blankLinesBetween(String text, int from, int to) {
    int blank = 0;
    int lineStart = from;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        if (text.substring(lineStart, i).isBlank() && i > from) {
          blank++;
        }
        lineStart = i + 1;
      }
    }
    return blank;
  }

  // ---------------------------------------------------------------- prose

  private void prose(String docId, String text, int from, int to, String title, IntFunction<String> sentenceAt,
      List<int[]> lines, List<ListItem> out) {
    boolean treatyText = TREATY_TITLE.matcher(title).find();
    for (Pattern p : List.of(PROSE_SUBJECT, PROSE_ADVERBIAL)) {
      Matcher m = p.matcher(text);
      m.region(from, to);
      m.useTransparentBounds(true);
      while (m.find()) {
        int s = m.start();
        if (inside(lines, s) || covered(out, s)) {
          continue;
        }
        String label = m.group("label") == null ? "Article" : normalLabel(m.group("label"));
        int sentenceEnd = sentenceEnd(text, m.end(), to);
        String of = m.group("of") == null ? "" : m.group("of");
        if (!label.equals("Article")) {
          // "Clause 3 grants ...": a clause of a treaty, not of a contract or a law
          String sentence = text.substring(sentenceStart(text, s, from), sentenceEnd);
          if (!treatyText && !TREATY_WORD.matcher(of).find() && !TREATY_WORD.matcher(sentence).find()) {
            continue;
          }
        }
        int textStart = p == PROSE_SUBJECT ? m.start("verb") : m.end();
        String body = clean(text.substring(textStart, sentenceEnd));
        if (Regex.split(body, "\\s+").length < 3) {
          continue;
        }
        // "Arts. III. to XII. provide for ...": a summary of a span of articles states no one article's text
        if (RANGE.matcher(m.group("nums")).find()) {
          continue;
        }
        for (int n : numbers(m.group("nums"))) {
          out.add(new ListItem(label, n, cap(body), new Provenance(docId, s, sentenceEnd, sentenceAt.apply(s), ARTICLE_PROSE, 1.0)));
        }
      }
    }
  }

  private static boolean inside(List<int[]> spans, int offset) {
    for (int[] sp : spans) {
      if (offset >= sp[0] && offset < sp[1]) {
        return true;
      }
    }
    return false;
  }

  private static boolean covered(List<ListItem> items, int offset) {
    for (ListItem i : items) {
      if (i.provenance().start() == offset) {
        return true;
      }
    }
    return false;
  }

  /** Where the sentence holding {@code at} ends: after a full stop followed by a capital or a line break. */
  static int sentenceEnd(String text, int at, int limit) {
    for (int i = at; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < limit && text.charAt(i + 1) == '\n') {
        return i;
      }
      if ((c == '.' || c == '!' || c == '?') && (i + 1 >= limit || Character.isWhitespace(text.charAt(i + 1)))) {
        // "Art. I.", "J. Smith": an abbreviation or a numeral, not the end
        int w = i;
        while (w > at && Character.isLetterOrDigit(text.charAt(w - 1))) {
          w--;
        }
        String word = text.substring(w, i);
        if (Regex.matches(word, "\\p{Lu}|[IVXLC]+|Art|Arts|No|Mr|Mrs|Dr|St|Gen|Col|Capt|viz|etc|cf|vol|pp?")) {
          continue;
        }
        int j = i + 1;
        while (j < limit && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
          j++;
        }
        if (j >= limit || text.charAt(j) == '\n' || !Character.isLowerCase(text.charAt(j))) {
          return i + 1;
        }
      }
      if (i - at > MAX_TEXT) {
        return i;
      }
    }
    return limit;
  }

  private static int sentenceStart(String text, int at, int from) {
    for (int i = at - 1; i > from; i--) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)))) {
        return i + 1;
      }
    }
    return from;
  }

  // ---------------------------------------------------------------- enumerations

  private record Marker(int start, int end, String style, int value, boolean lineStart) { }

  /** Numbered paragraphs and inline enumerations that list a treaty's provisions. */
  private void enumerations(String docId, String text, int from, int to, String title, IntFunction<String> sentenceAt,
      List<int[]> lines, List<ListItem> out) {
    List<Marker> markers = new ArrayList<>();
    Matcher m = MARKER.matcher(text);
    m.region(from, to);
    m.useTransparentBounds(true);
    while (m.find()) {
      for (String style : STYLES) {
        String g = m.group(style);
        if (g == null) {
          continue;
        }
        int v = style.equals("roman") ? DateExtractor.roman(g.toUpperCase(Locale.ROOT)) : Integer.parseInt(g);
        boolean lineStart = text.substring(text.lastIndexOf('\n', m.start() - 1) + 1, m.start()).isBlank();
        if (v > 0 && (lineStart || boundaryBefore(text, m.start(), style))) {
          markers.add(new Marker(m.start(), m.end(), style, v, lineStart));
        }
      }
    }
    boolean treatyTitle = TREATY_TITLE.matcher(title).find();
    int firstArticle = lines.isEmpty() ? Integer.MAX_VALUE : lines.get(0)[0];
    boolean[] used = new boolean[markers.size()];
    for (int i = 0; i < markers.size(); i++) {
      // the paragraphs under an article heading, and the numbers before "Article" on a line, belong to the article
      if (used[i] || inside(lines, markers.get(i).start())) {
        continue;
      }
      // the run of markers of one style numbered v, v+1, v+2 ... (markers of other styles between them are nested items)
      List<Integer> run = new ArrayList<>();
      run.add(i);
      for (int j = i + 1; j < markers.size(); j++) {
        Marker last = markers.get(run.get(run.size() - 1));
        Marker mj = markers.get(j);
        if (mj.style().equals(last.style()) && mj.value() == last.value() + 1 && mj.lineStart() == last.lineStart()
            && mj.start() - last.end() <= MAX_TEXT * 2) {
          run.add(j);
        } else if (mj.style().equals(last.style()) && mj.value() <= last.value()) {
          break;
        }
      }
      if (run.size() < 2) {
        continue;
      }
      Marker first = markers.get(run.get(0));
      String intro = text.substring(Math.max(from, first.start() - 400), first.start());
      int introStop = Math.max(intro.lastIndexOf("\n\n"), -1);
      String nearIntro = introStop >= 0 && intro.length() - introStop > 3 ? intro.substring(introStop) : intro;
      // the introduction: the end of the text before the first item, within the same or the previous paragraph
      String lastLines = lastNonBlankLines(intro, 2);
      boolean introduced = first.value() == 1 && INTRO_CUE.matcher(lastLines.strip()).find()
          && TREATY_WORD.matcher(nearIntro.isBlank() ? lastLines : nearIntro + " " + lastLines).find();
      List<String> bodies = new ArrayList<>();
      List<int[]> spans = new ArrayList<>();
      for (int k = 0; k < run.size(); k++) {
        Marker mk = markers.get(run.get(k));
        int limit = k + 1 < run.size() ? markers.get(run.get(k + 1)).start() : paragraphEnd(text, mk.end(), to);
        if (k + 1 < run.size()) {
          limit = Math.min(limit, mk.lineStart() ? limit : paragraphEnd(text, mk.end(), to));
        }
        int end = Math.min(limit, mk.end() + MAX_TEXT);
        bodies.add(clean(text.substring(mk.end(), end)));
        spans.add(new int[] {mk.start(), end});
      }
      long modal = bodies.stream().filter(b -> TREATY_MODAL.matcher(b).find()).count();
      boolean treatyParagraphs = treatyTitle && first.lineStart() && first.start() < firstArticle
          && modal * 2 >= bodies.size() && bodies.stream().allMatch(b -> !b.isEmpty() && Character.isUpperCase(b.codePointAt(0)));
      if (!introduced && !treatyParagraphs) {
        continue;
      }
      String label = introduced ? labelFromIntro(lastLines) : "Paragraph";
      for (int k = 0; k < run.size(); k++) {
        used[run.get(k)] = true;
        Marker mk = markers.get(run.get(k));
        String body = Regex.replaceAll(stripLeadingDash(bodies.get(k)), "[;,]\\s*(?:and|or)?$", "").strip();
        if (body.isEmpty()) {
          continue;
        }
        out.add(new ListItem(label, mk.value(), cap(body),
            new Provenance(docId, mk.start(), spans.get(k)[1], sentenceAt.apply(mk.end()), ENUMERATION, 1.0)));
      }
    }
  }

  /** An inline marker follows a sentence end, a colon, a semicolon or a dash ("as follows: — 1. ...; 2. ..."). */
  private static boolean boundaryBefore(String text, int at, String style) {
    int p = at - 1;
    while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
      p--;
    }
    if (p < 0) {
      return true;
    }
    char c = text.charAt(p);
    return ".:;—–-".indexOf(c) >= 0 || (!style.equals("dot") && c == ',');
  }

  private static int paragraphEnd(String text, int from, int limit) {
    int i = text.indexOf("\n\n", from);
    int j = text.indexOf("\n \n", from);
    int e = i < 0 ? limit : Math.min(i, limit);
    return j >= 0 && j < e ? j : e;
  }

  private static String lastNonBlankLines(String s, int n) {
    String[] ls = s.split("\n");
    StringBuilder sb = new StringBuilder();
    int taken = 0;
    for (int i = ls.length - 1; i >= 0 && taken < n; i--) {
      if (!ls[i].isBlank()) {
        sb.insert(0, ls[i] + " ");
        taken++;
      } else if (taken > 0) {
        break;
      }
    }
    return sb.toString();
  }

  private static String labelFromIntro(String intro) {
    Matcher m = Regex.of("(?i)\\b(articles|clauses|terms|points|provisions|conditions|paragraphs|stipulations)\\b").matcher(intro);
    String last = null;
    while (m.find()) {
      last = m.group(1).toLowerCase(Locale.ROOT);
    }
    if (last == null) {
      return "Term";
    }
    String singular = last.substring(0, last.length() - 1);
    return Character.toUpperCase(singular.charAt(0)) + singular.substring(1);
  }

  // ---------------------------------------------------------------- numbers and text

  /** A provision's number written as digits, a Roman numeral or a word ("One", "FIRST", "thirteen"). */
  static OptionalInt number(String s) {
    String t = s.strip();
    if (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    if (Regex.matches(t, "\\d{1,3}")) {
      int n = Integer.parseInt(t);
      return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
    }
    if (t.matches(ROMAN)) {
      int n = DateExtractor.roman(t);
      return n > 0 && n < 200 ? OptionalInt.of(n) : OptionalInt.empty();
    }
    Integer w = WORD_NUMBERS.get(t.toLowerCase(Locale.ROOT));
    return w == null ? OptionalInt.empty() : OptionalInt.of(w);
  }

  /** "2 and 4" -> 2, 4; "III. to XII." -> 3 ... 12; at most 30 numbers. */
  static List<Integer> numbers(String list) {
    List<Integer> out = new ArrayList<>();
    Matcher m = Regex.of(NUM + "|\\bto\\b|-|–").matcher(list);
    boolean range = false;
    while (m.find()) {
      String g = m.group();
      if (g.equals("to") || g.equals("-") || g.equals("–")) {
        range = !out.isEmpty();
        continue;
      }
      OptionalInt n = number(g);
      if (n.isEmpty()) {
        continue;
      }
      if (range && n.getAsInt() > out.get(out.size() - 1) && n.getAsInt() - out.get(out.size() - 1) <= 30) {
        for (int k = out.get(out.size() - 1) + 1; k <= n.getAsInt(); k++) {
          out.add(k);
        }
      } else if (!out.contains(n.getAsInt())) {
        out.add(n.getAsInt());
      }
      range = false;
    }
    return out;
  }

  private static String normalLabel(String label) {
    String l = label.replace(".", "").toLowerCase(Locale.ROOT);
    if (l.startsWith("art")) {
      return "Article";
    }
    if (l.endsWith("s")) {
      l = l.substring(0, l.length() - 1);
    }
    return Character.toUpperCase(l.charAt(0)) + l.substring(1);
  }

  /** Joins hard-wrapped lines ("agri-\ncultural" -> "agricultural") and collapses white space. */
  static String clean(String s) {
    return Regex.replaceAll(Regex.replaceAll(s, "(\\p{Ll})-[ \\t]*\\n[ \\t]*(\\p{Ll})", "$1$2"), "\\s+", " ").strip();
  }

  private static String stripLeadingDash(String s) {
    return Regex.replaceFirst(s, "^[\\s—–:.\\-]+", "").strip();
  }

  private static String cap(String s) {
    if (s.length() <= MAX_TEXT) {
      return s;
    }
    int cut = s.lastIndexOf(' ', MAX_TEXT);
    return s.substring(0, cut > MAX_TEXT / 2 ? cut : MAX_TEXT) + " …";
  }

  private static Map<String, Integer> wordNumbers() {
    String[] card = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    String[] ord = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
    Map<String, Integer> m = new java.util.HashMap<>();
    for (int i = 0; i < card.length; i++) {
      m.put(card[i], i + 1);
      m.put(ord[i], i + 1);
    }
    return Map.copyOf(m);
  }
}
