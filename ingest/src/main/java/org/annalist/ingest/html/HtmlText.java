package org.annalist.ingest.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.ingest.ListNumbers;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text people read on a parsed page. jsoup's own {@code text()} flattens a page to one line;
 * this walk keeps the layout a reader sees: block elements start new lines (paragraph-like ones
 * leave a blank line), {@code <ol>} items keep their numbers, table rows stay one line with cells
 * joined by {@value #CELL_SEPARATOR}, {@code <pre>} keeps its spacing, {@code &nbsp;} is a plain
 * space. Left out: scripts, styles and other non-text elements, hidden elements, and navigation
 * chrome (nav, the page's own header/footer/aside, ARIA navigation/banner roles, and elements whose
 * class or id names a menu, breadcrumbs or a cookie notice).
 *
 * <p>The walk is jsoup's {@link NodeTraversor}, which is iterative, so nesting depth costs no stack.
 * One instance per page; not thread-safe.
 */
final class HtmlText implements NodeFilter {
  static final String CELL_SEPARATOR = " | ";

  private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "head", "title",
      "nav", "svg", "canvas", "iframe", "object", "embed", "audio", "video", "button", "select", "datalist",
      "textarea", "input", "map", "dialog");
  /** Blocks that stand apart from their neighbours by a blank line. */
  private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
      "table", "ul", "ol", "dl", "hr", "figure", "address", "section", "article", "main", "header", "footer",
      "aside", "details", "fieldset", "form", "hgroup", "center", "menu");
  /** Blocks that only start a new line. */
  private static final Set<String> LINES = Set.of("div", "li", "tr", "dt", "dd", "caption", "figcaption", "summary",
      "legend", "option", "body", "html", "tbody", "thead", "tfoot");
  /** The page's chrome, when not inside the content's own sections. */
  private static final Set<String> PAGE_CHROME = Set.of("header", "footer", "aside");
  private static final Set<String> SECTIONING = Set.of("article", "main", "section", "aside", "nav", "dialog");
  private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "search", "menu",
      "menubar", "complementary", "dialog", "alertdialog");
  private static final Pattern CHROME_NAME = Pattern.compile(
      "(?:^|[-_])(?:nav|navbar|navbox|navigation|menu|menubar|breadcrumbs?|cookies?|cookie-?(?:banner|notice|consent)"
      + "|consent|gdpr|noprint|skip-?links?|skip-?to-?content)(?:$|[-_])", Pattern.CASE_INSENSITIVE);
  private static final Pattern HIDDEN_STYLE = Pattern.compile(
      "display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

  private final StringBuilder out = new StringBuilder();
  private boolean pendingSpace;
  private int preDepth;
  private int cellDepth;
  private final Deque<ListCounter> lists = new ArrayDeque<>();
  private final Deque<int[]> rowCells = new ArrayDeque<>();
  private int firstH1Start = -1;
  private String firstH1;

  private static final class ListCounter {
    final boolean ordered;
    final ListNumbers.Style style;
    final int step;
    int next;

    ListCounter(boolean ordered, ListNumbers.Style style, int start, int step) {
      this.ordered = ordered;
      this.style = style;
      this.next = start;
      this.step = step;
    }
  }

  record Result(String text, Optional<String> firstHeading) { }

  static Result of(Element root) {
    HtmlText walk = new HtmlText();
    NodeTraversor.filter(walk, root);
    return new Result(walk.finish(), Optional.ofNullable(walk.firstH1));
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      text(t.getWholeText());
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    if (dropped(e)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    String n = e.normalName();
    if (n.equals("br")) {
      lineBreak();
    } else if (n.equals("td") || n.equals("th")) {
      int[] cells = rowCells.peek();
      if (cells != null && cells[0]++ > 0) {
        trimTrailingSpaces();
        out.append(CELL_SEPARATOR);
        pendingSpace = false;
      }
      cellDepth++;
    }
    breakFor(n);
    if (n.equals("tr")) {
      rowCells.push(new int[1]);
    } else if (n.equals("ol") || n.equals("ul") || n.equals("menu")) {
      lists.push(counter(e));
    } else if (n.equals("li")) {
      itemLabel(e);
    } else if (n.equals("pre")) {
      preDepth++;
    } else if (n.equals("h1") && firstH1 == null && firstH1Start < 0) {
      firstH1Start = out.length();
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    String n = e.normalName();
    if (n.equals("h1") && firstH1 == null && firstH1Start >= 0) {
      String h = out.substring(Math.min(firstH1Start, out.length())).strip();
      firstH1 = h.isEmpty() ? null : h;
      firstH1Start = h.isEmpty() ? -1 : firstH1Start;
    }
    if (n.equals("tr")) {
      rowCells.poll();
    } else if (n.equals("ol") || n.equals("ul") || n.equals("menu")) {
      lists.poll();
    } else if (n.equals("pre")) {
      preDepth--;
    } else if (n.equals("td") || n.equals("th")) {
      cellDepth--;
    }
    breakFor(n);
    return FilterResult.CONTINUE;
  }

  private static boolean dropped(Element e) {
    String n = e.normalName();
    if (DROPPED.contains(n) || e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
      return true;
    }
    if (CHROME_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT).strip())) {
      return true;
    }
    if (PAGE_CHROME.contains(n) && !insideSection(e)) {
      return true;
    }
    for (String token : e.className().split("\\s+")) {
      if (!token.isEmpty() && CHROME_NAME.matcher(token).find()) {
        return true;
      }
    }
    String id = e.id();
    if (!id.isEmpty() && CHROME_NAME.matcher(id).find()) {
      return true;
    }
    String style = e.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
  }

  private static boolean insideSection(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (SECTIONING.contains(p.normalName())) {
        return true;
      }
    }
    return false;
  }

  private void breakFor(String tag) {
    if (PARAGRAPHS.contains(tag)) {
      // a list or table inside a list belongs to its item: no blank line (the list's own counter is
      // pushed after its opening break and popped before its closing one)
      boolean nested = (tag.equals("ul") || tag.equals("ol") || tag.equals("table") || tag.equals("dl"))
          && !lists.isEmpty();
      ensureBreak(nested ? 1 : 2);
    } else if (LINES.contains(tag)) {
      ensureBreak(1);
    }
  }

  private static ListCounter counter(Element list) {
    if (!list.normalName().equals("ol")) {
      return new ListCounter(false, ListNumbers.Style.DECIMAL, 1, 1);
    }
    boolean reversed = list.hasAttr("reversed");
    int start = reversed ? (int) list.children().stream().filter(c -> c.normalName().equals("li")).count() : 1;
    start = parseInt(list.attr("start")).orElse(start);
    ListNumbers.Style style;
    switch (list.attr("type").strip()) {
      case "a": style = ListNumbers.Style.LOWER_LETTER; break;
      case "A": style = ListNumbers.Style.UPPER_LETTER; break;
      case "i": style = ListNumbers.Style.LOWER_ROMAN; break;
      case "I": style = ListNumbers.Style.UPPER_ROMAN; break;
      default: style = ListNumbers.Style.DECIMAL;
    }
    return new ListCounter(true, style, start, reversed ? -1 : 1);
  }

  private void itemLabel(Element li) {
    ListCounter c = lists.peek();
    if (c == null || !c.ordered) {
      return;
    }
    int n = parseInt(li.attr("value")).orElse(c.next);
    c.next = n + c.step;
    out.append(ListNumbers.format(n, c.style)).append(". ");
    pendingSpace = false;
  }

  private static Optional<Integer> parseInt(String s) {
    String t = s.strip();
    if (t.isEmpty() || t.length() > 9 || !t.matches("-?\\d+")) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(t));
  }

  private void text(String s) {
    if (preDepth > 0 && cellDepth == 0) {
      if (pendingSpace && out.length() > 0 && !endsWith('\n')) {
        out.append(' ');
      }
      pendingSpace = false;
      out.append(s.replace('\u00A0', ' '));
      return;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = true;
      } else {
        if (pendingSpace && out.length() > 0 && !endsWith('\n') && !endsWith(' ')) {
          out.append(' ');
        }
        pendingSpace = false;
        out.append(c);
      }
    }
  }

  private void ensureBreak(int lines) {
    if (cellDepth > 0) {
      pendingSpace = true; // a row stays one line whatever its cells hold
      return;
    }
    trimTrailingSpaces();
    pendingSpace = false;
    if (out.length() == 0) {
      return;
    }
    int have = 0;
    for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
      have++;
    }
    for (; have < lines; have++) {
      out.append('\n');
    }
  }

  private void lineBreak() {
    if (cellDepth > 0) {
      pendingSpace = true;
      return;
    }
    trimTrailingSpaces();
    out.append('\n');
    pendingSpace = false;
  }

  private void trimTrailingSpaces() {
    int n = out.length();
    while (n > 0 && (out.charAt(n - 1) == ' ' || out.charAt(n - 1) == '\t')) {
      n--;
    }
    out.setLength(n);
  }

  private boolean endsWith(char c) {
    return out.length() > 0 && out.charAt(out.length() - 1) == c;
  }

  private String finish() {
    // lines of only blanks (left by inline elements between blocks) are empty lines
    return out.toString().replaceAll("(?m)[ \\t]+$", "").replaceAll("\\n{3,}", "\n\n").strip();
  }
}
