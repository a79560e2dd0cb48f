package org.annalist.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a PDF's lines back into running text.
 *
 * <p><b>Running headers and footers.</b> A line among the first or last {@value #EDGE_LINES} of a
 * page that stands at the same edge of most pages (all of them up to three pages, else
 * {@value #RUNNING_SHARE} of them) is page furniture and left out: the same text, or the same text
 * with a number that grows with the page (page numbers, bare or as "Page 3 of 10").
 *
 * <p><b>Lines.</b> The lines of a paragraph are joined with a space, as the layout wrapped them;
 * paragraphs are separated by a blank line and list items (lines opening with "1.", "a)", a bullet)
 * keep their own line. A paragraph split by a page break is joined again when the page ended
 * mid-sentence and the next page goes on in lower case.
 *
 * <p><b>Hyphens at line ends.</b> "Lithu-" + "ania" is one word, "Lithuania"; "Soviet-" +
 * "Lithuanian" keeps its hyphen (the second part is capitalized: a compound), and so do numbers
 * ("1939-" + "1940"). For two lower-case parts the document itself decides where it can: a
 * compound written with its hyphen elsewhere in the text ("well-known") keeps it; otherwise the
 * hyphen is taken for a typesetter's break and dropped. A soft hyphen is always dropped.
 */
final class PageText {
  static final int EDGE_LINES = 3;
  static final double RUNNING_SHARE = 0.6;
  private static final int MAX_NUMBERS = 4;
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  /** Item labels; a capital letter or Roman numeral with a period could be an initial ("C. Dupont"). */
  private static final Pattern LIST_ITEM = Pattern.compile(
      "^(?:\\(?(?:\\d{1,3}|[a-z]|[ivxlc]{1,6})[.)]|\\(?[A-Z]\\)|[IVXLC]{2,6}\\.|[•▪◦·\\-–*])\\s");
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
  private static final Pattern BROKEN_WORD_END = Pattern.compile("([\\p{L}\\p{N}]+)([-\\u00AD\\u2010])$");
  private static final Pattern WORD_START = Pattern.compile("^([\\p{L}\\p{N}]+)");

  private PageText() {
  }

  /** Lines removed as running headers or footers, and what is left of each page. */
  record Cleaned(List<List<PdfLines.Line>> pages, Optional<String> firstPageHeader) { }

  static Cleaned withoutRunningLines(List<List<PdfLines.Line>> pages) {
    int n = pages.size();
    if (n < 2) {
      return new Cleaned(pages, Optional.empty());
    }
    int needed = n <= 3 ? n : (int) Math.ceil(n * RUNNING_SHARE);
    Set<String> top = running(pages, needed, true);
    Set<String> bottom = running(pages, needed, false);
    List<List<PdfLines.Line>> out = new ArrayList<>();
    String header = null;
    for (int p = 0; p < n; p++) {
      List<PdfLines.Line> lines = pages.get(p);
      int from = 0;
      int to = lines.size();
      while (from < to && from < EDGE_LINES && isRunning(lines.get(from).text(), p, top)) {
        if (p == 0 && from == 0 && !DIGITS.matcher(lines.get(0).text()).replaceAll("").isBlank()) {
          header = lines.get(0).text();
        }
        from++;
      }
      while (to > from && lines.size() - to < EDGE_LINES && isRunning(lines.get(to - 1).text(), p, bottom)) {
        to--;
      }
      out.add(new ArrayList<>(lines.subList(from, to)));
    }
    return new Cleaned(out, Optional.ofNullable(header));
  }

  private static boolean isRunning(String line, int page, Set<String> running) {
    for (String v : variants(line, page)) {
      if (running.contains(v)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> running(List<List<PdfLines.Line>> pages, int needed, boolean top) {
    Map<String, Integer> pagesWith = new HashMap<>();
    for (int p = 0; p < pages.size(); p++) {
      List<PdfLines.Line> lines = pages.get(p);
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < Math.min(EDGE_LINES, lines.size()); i++) {
        seen.addAll(variants(lines.get(top ? i : lines.size() - 1 - i).text(), p));
      }
      for (String k : seen) {
        pagesWith.merge(k, 1, Integer::sum);
      }
    }
    Set<String> running = new HashSet<>();
    pagesWith.forEach((k, c) -> {
      if (c >= needed) {
        running.add(k);
      }
    });
    return running;
  }

  /**
   * The forms in which a line can repeat from page to page: its own text, and the text with one
   * of its numbers replaced by that number less the page's index, so "Page 3 of 10" on the third
   * page and "Page 4 of 10" on the fourth come out the same while "Article 4" and "Article 9"
   * do not.
   */
  private static Set<String> variants(String line, int page) {
    String t = line.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    Set<String> out = new HashSet<>();
    out.add("=" + t);
    Matcher m = DIGITS.matcher(t);
    for (int j = 0; j < MAX_NUMBERS && m.find(); j++) {
      if (m.end() - m.start() <= 9) {
        long shifted = Long.parseLong(m.group()) - page;
        out.add(t.substring(0, m.start()) + "#" + shifted + "#" + t.substring(m.end()));
      }
    }
    return out;
  }

  /** The pages' lines as running text (see the class comment). */
  static String join(List<List<PdfLines.Line>> pages) {
    Set<String> words = words(pages);
    StringBuilder out = new StringBuilder();
    for (int p = 0; p < pages.size(); p++) {
      List<PdfLines.Line> lines = pages.get(p);
      for (int i = 0; i < lines.size(); i++) {
        PdfLines.Line line = lines.get(i);
        String text = line.text();
        if (out.length() == 0) {
          out.append(text);
          continue;
        }
        boolean pageBreak = i == 0;
        boolean newParagraph = pageBreak ? !continuesSentence(out, text) : line.paragraphStart();
        if (newParagraph) {
          out.append("\n\n").append(text);
        } else if (LIST_ITEM.matcher(text).find()) {
          out.append('\n').append(text);
        } else {
          joinWrapped(out, text, words);
        }
      }
    }
    return out.toString();
  }

  private static boolean continuesSentence(StringBuilder out, String next) {
    char last = out.charAt(out.length() - 1);
    boolean open = Character.isLetterOrDigit(last) || last == ',' || last == '-' || last == '\u00AD';
    return open && !next.isEmpty() && (Character.isLowerCase(next.codePointAt(0)) || last == '-');
  }

  private static void joinWrapped(StringBuilder out, String next, Set<String> words) {
    Matcher end = BROKEN_WORD_END.matcher(out.length() > 200 ? out.subSequence(out.length() - 200, out.length()) : out);
    Matcher start = WORD_START.matcher(next);
    if (end.find() && start.find()) {
      String left = end.group(1);
      String right = start.group(1);
      char hyphen = end.group(2).charAt(0);
      boolean keep;
      if (hyphen == '\u00AD') {
        keep = false;
      } else if (Character.isUpperCase(right.codePointAt(0)) || Character.isDigit(right.codePointAt(0))
          || Character.isDigit(left.codePointAt(left.length() - 1))) {
        keep = true;
      } else {
        String joined = (left + right).toLowerCase(Locale.ROOT);
        String compound = (left + "-" + right).toLowerCase(Locale.ROOT);
        keep = words.contains(compound) && !words.contains(joined);
      }
      if (!keep) {
        out.setLength(out.length() - 1);
      }
      out.append(next);
      return;
    }
    out.append(' ').append(next);
  }

  /** Every word of the document, lower-cased, hyphenated compounds whole; line-end hyphens are not joined. */
  private static Set<String> words(List<List<PdfLines.Line>> pages) {
    Set<String> words = new HashSet<>();
    for (List<PdfLines.Line> lines : pages) {
      for (PdfLines.Line l : lines) {
        String t = l.text();
        if (t.endsWith("-")) {
          t = t.substring(0, t.length() - 1); // a line-end hyphen says nothing about the word
        }
        Matcher m = WORD.matcher(t);
        while (m.find()) {
          words.add(m.group().toLowerCase(Locale.ROOT));
        }
      }
    }
    return words;
  }
}
