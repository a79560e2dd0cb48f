package org.annalist.extract.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;
import org.annalist.extract.Budget;

/**
 * Splits a text into sentences and POS-tagged tokens with OpenNLP.
 *
 * <p>Lines are split first: documents from archives and web pages break headings, captions and
 * list items onto lines of their own, and a sentence never crosses a blank line or a list bullet.
 * The lines of a hard-wrapped paragraph (typescripts, telegrams, text taken from PDFs) are the
 * exception: they are one line for the sentence model ({@link #softWrap}).
 * Within a line the OpenNLP sentence model decides. Tokens get two repairs the UD tokenizer does
 * not make: a possessive {@code 's} is split off ("Lithuania's"), and so is a trailing apostrophe
 * ("Urbšys'").
 *
 * <p>Not thread-safe (it holds {@code *ME} instances); make one per thread or per document.
 */
public final class TextAnalyzer {
  private final SentenceDetectorME sentences;
  private final TokenizerME tokenizer;
  private final PosTagger tagger;

  public TextAnalyzer(NlpModels models) {
    this.sentences = new SentenceDetectorME(models.sentenceModel());
    this.tokenizer = new TokenizerME(models.tokenizerModel());
    this.tagger = new PosTagger(models.posModel());
  }

  /** Sentences of {@code text[from, to)}, with tokens. */
  public List<Sentence> analyze(String text, int from, int to) {
    List<Sentence> out = new ArrayList<>();
    int lineStart = from;
    while (lineStart < to) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 || nl > to ? to : nl;
      // a hard-wrapped paragraph (telegrams, typescripts, text taken from PDFs) is one line for the
      // sentence model: "General Ivan / Petrovich Smirnov" is one name
      for (int wrapped = lineStart; lineEnd < to && softWrap(text, wrapped, lineEnd, to); ) {
        wrapped = lineEnd + 1;
        int next = text.indexOf('\n', wrapped);
        lineEnd = next < 0 || next > to ? to : next;
      }
      String line = text.substring(lineStart, lineEnd);
      if (!line.isBlank()) {
        for (int[] s : mergeAbbreviations(line, sentences.sentPosDetect(line))) {
          for (int[] piece : bounded(line, s[0], s[1])) {
            Budget.check();
            int ss = lineStart + piece[0];
            int se = lineStart + piece[1];
            String st = text.substring(ss, se);
            if (!st.isBlank()) {
              out.add(new Sentence(ss, se, st, tokens(st, ss)));
            }
          }
        }
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  /** Shortest line that a wrap may have ended: headings, datelines, addresses and signatures are shorter. */
  static final int MIN_WRAPPED_LINE = 50;
  private static final java.util.regex.Pattern ITEM_START = java.util.regex.Pattern.compile(
      "\\s*(?:\\d{1,3}[.)](?:\\s|$)|\\(?[0-9ivxlcIVXLC]{1,4}\\)|\\([a-zA-Z]\\)|[-•*–—·▪◦>#|]"
      + "|(?i:article|art\\.|section|clause|paragraph|chapter)\\b)");
  private static final java.util.regex.Pattern TABULAR = java.util.regex.Pattern.compile("\\t| {3,}|\\.{4,}|…");

  /**
   * Whether the line break at {@code nl} (ending the line that starts at {@code lineStart}) is a wrap
   * inside a paragraph rather than the end of a heading, a list item, a table row or a sentence: the
   * line is long, runs on without a closing mark and is not in capitals or columns, and the next line
   * is text: not an item, a table row or a heading.
   */
  static boolean softWrap(String text, int lineStart, int nl, int to) {
    String line = text.substring(lineStart, nl).strip();
    if (line.length() < MIN_WRAPPED_LINE || TABULAR.matcher(line).find()) {
      return false;
    }
    if (closed(line)) {
      return false;
    }
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        upper += Character.isUpperCase(c) ? 1 : 0;
      }
    }
    if (letters == 0 || upper * 5 > letters * 4) {
      return false;
    }
    int nextEnd = text.indexOf('\n', nl + 1);
    String next = text.substring(nl + 1, nextEnd < 0 || nextEnd > to ? to : nextEnd);
    String n = next.strip();
    // a short next line that does not end a sentence is a heading ("8 Contemporary politics"), not the
    // paragraph's last line
    boolean heading = n.length() < MIN_WRAPPED_LINE && !n.isEmpty() && !closed(n);
    return !n.isEmpty() && !heading && !ITEM_START.matcher(next).lookingAt() && !TABULAR.matcher(n).find();
  }

  /** Whether a stripped, non-empty line ends with a mark that closes a sentence, a clause or a quotation. */
  private static boolean closed(String line) {
    return ".!?:;\"”’)]".indexOf(line.charAt(line.length() - 1)) >= 0;
  }

  /** Longest "sentence" analysed as one; OCR output and tables can run on for pages without a stop. */
  static final int MAX_SENTENCE_CHARS = 1500;

  /**
   * Cuts a run-on sentence into pieces of at most {@link #MAX_SENTENCE_CHARS} characters at white
   * space, so the cost of the per-sentence steps stays linear in the length of the text.
   */
  static List<int[]> bounded(String line, int start, int end) {
    List<int[]> out = new ArrayList<>();
    int from = start;
    while (end - from > MAX_SENTENCE_CHARS) {
      int cut = from + MAX_SENTENCE_CHARS;
      while (cut > from + MAX_SENTENCE_CHARS / 2 && !Character.isWhitespace(line.charAt(cut))) {
        cut--;
      }
      out.add(new int[] {from, cut});
      from = cut;
    }
    out.add(new int[] {from, end});
    return out;
  }

  private static final java.util.regex.Pattern ENDS_WITH_ABBREVIATION = java.util.regex.Pattern.compile(
      "(?:^|[\\s(])(?:\\p{Lu}|Mr|Mrs|Dr|St|Gen|Lt|Col|Capt|Adm|Prof|No|Art|Vol|vs|cf|Jr|Sr)\\.$");

  /**
   * The sentence model splits after initials and abbreviations ("headed by J. | Paleckis"); a
   * sentence that ends in one is joined to the next.
   */
  static List<int[]> mergeAbbreviations(String line, Span[] spans) {
    List<int[]> out = new ArrayList<>();
    for (Span s : spans) {
      if (!out.isEmpty()) {
        int[] prev = out.get(out.size() - 1);
        if (ENDS_WITH_ABBREVIATION.matcher(line.substring(prev[0], prev[1])).find()) {
          prev[1] = s.getEnd();
          continue;
        }
      }
      out.add(new int[] {s.getStart(), s.getEnd()});
    }
    return out;
  }

  /** Tokens of a text the way sentences are tokenized, for dictionaries that must match them. */
  public static String[] tokenize(TokenizerME tokenizer, String text) {
    List<int[]> spans = new ArrayList<>();
    for (Span t : tokenizer.tokenizePos(text)) {
      split(text, t.getStart(), t.getEnd(), spans);
    }
    return spans.stream().map(sp -> text.substring(sp[0], sp[1])).toArray(String[]::new);
  }

  /** Most distinct whitespace-separated chunks a thread keeps the model's splits of. */
  static final int CHUNK_CACHE_SIZE = 50_000;
  /** The tokenizer model's splits of a whitespace-separated chunk, offsets relative to the chunk. */
  private final Map<String, Span[]> chunks = new HashMap<>();

  /**
   * What {@code tokenizer.tokenizePos(sentence)} gives. The model decides each whitespace-separated
   * chunk on its own (its context is the chunk and a position in it), so a chunk's splits are looked
   * up when the chunk was seen before ("the", "1939,", "Lithuania's"), as spaCy's tokenizer does.
   */
  List<Span> modelTokens(String sentence) {
    List<Span> out = new ArrayList<>();
    int n = sentence.length();
    int i = 0;
    while (i < n) {
      while (i < n && StringUtil.isWhitespace(sentence.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !StringUtil.isWhitespace(sentence.charAt(i))) {
        i++;
      }
      if (i == start) {
        break;
      }
      if (i - start < 2) {
        // the model never splits a single character
        out.add(new Span(start, i));
        continue;
      }
      String chunk = sentence.substring(start, i);
      Span[] parts = chunks.get(chunk);
      if (parts == null) {
        parts = tokenizer.tokenizePos(chunk);
        if (chunks.size() >= CHUNK_CACHE_SIZE) {
          chunks.clear();
        }
        chunks.put(chunk, parts);
      }
      for (Span p : parts) {
        out.add(new Span(start + p.getStart(), start + p.getEnd()));
      }
    }
    return out;
  }

  private List<Token> tokens(String sentence, int offset) {
    List<int[]> spans = new ArrayList<>();
    for (Span t : modelTokens(sentence)) {
      split(sentence, t.getStart(), t.getEnd(), spans);
    }
    String[] words = new String[spans.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = sentence.substring(spans.get(i)[0], spans.get(i)[1]);
    }
    String[] tags = words.length == 0 ? new String[0] : tagger.tag(words);
    List<Token> out = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      out.add(new Token(words[i], offset + spans.get(i)[0], offset + spans.get(i)[1], tags[i]));
    }
    return out;
  }

  private static final java.util.regex.Pattern GLUED_NOTE = java.util.regex.Pattern.compile("(\\p{L}*\\p{Ll}{2}\\p{L}*)\\d{1,3}");
  /**
   * "Tartu,12": a footnote number after the comma or semicolon that ends a word; the tokenizer model
   * leaves the mark on one side or the other ("Tartu," "12" or "Tartu" ";12"), or keeps all in one.
   */
  private static final java.util.regex.Pattern GLUED_NOTE_AFTER_COMMA =
      java.util.regex.Pattern.compile("(\\p{L}*\\p{Ll}{2}\\p{L}*)?([,;])(\\d{1,3})?");

  private static void split(String s, int start, int end, List<int[]> out) {
    // an em dash is never part of a word or name: "(AP)—Red Army" is "(AP)", "—", "Red", "Army"
    int dash = s.indexOf('—', start);
    if (dash >= start && dash < end && end - start > 1) {
      if (dash > start) {
        split(s, start, dash, out);
      }
      out.add(new int[] {dash, dash + 1});
      if (dash + 1 < end) {
        split(s, dash + 1, end, out);
      }
      return;
    }
    String w = s.substring(start, end);
    // "UnionSoviet", "negotiationsBackground": two words run together where a web page's link text met
    // the next line; split at the case change when both sides are words of their own
    for (int i = 4; i + 3 <= w.length(); i++) {
      if (Character.isLowerCase(w.charAt(i - 1)) && Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i + 1))
          && w.substring(0, i).chars().allMatch(Character::isLetter) && w.substring(i).chars().allMatch(Character::isLetter)) {
        out.add(new int[] {start, start + i});
        split(s, start + i, end, out);
        return;
      }
    }
    // "Tallinn48", "Vilna14": a footnote number glued to a word
    java.util.regex.Matcher glued = GLUED_NOTE.matcher(w);
    if (glued.matches()) {
      out.add(new int[] {start, start + glued.end(1)});
      out.add(new int[] {start + glued.end(1), end});
      return;
    }
    java.util.regex.Matcher comma = GLUED_NOTE_AFTER_COMMA.matcher(w);
    boolean noteFollows = end < s.length() && Character.isDigit(s.charAt(end));
    // ",000" of "50,000" is no note: a mark alone before the number must follow a word
    boolean afterWord = comma.matches() && comma.group(1) == null && start > 0 && Character.isLetter(s.charAt(start - 1));
    if (w.length() > 1 && comma.matches() && (comma.group(1) != null ? comma.group(3) != null || noteFollows : afterWord)) {
      int mark = start + comma.start(2);
      if (mark > start) {
        out.add(new int[] {start, mark});
      }
      out.add(new int[] {mark, mark + 1});
      if (mark + 1 < end) {
        out.add(new int[] {mark + 1, end});
      }
      return;
    }
    int len = w.length();
    if (len > 2 && (w.endsWith("'s") || w.endsWith("’s") || w.endsWith("'S") || w.endsWith("’S"))) {
      out.add(new int[] {start, end - 2});
      out.add(new int[] {end - 2, end});
    } else if (len > 2 && (w.endsWith("'") || w.endsWith("’")) && Character.isLetter(w.charAt(len - 2))) {
      out.add(new int[] {start, end - 1});
      out.add(new int[] {end - 1, end});
    } else {
      out.add(new int[] {start, end});
    }
  }
}
