package org.annalist.ingest.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown as a reader sees it once rendered: headings without {@code #}, links and images as their
 * text, no emphasis markers or code backticks, bullets without their marker, ordered items
 * numbered as a renderer numbers them ("1." "1." "1." reads 1, 2, 3), table rows as cells joined
 * by {@code " | "}, wrapped paragraph lines joined with a space (a soft break renders as a space).
 * Works line by line with bounded patterns, so a hostile line costs linear time; inline markup is
 * left alone on lines over {@value #MAX_INLINE_LINE} characters, which are run-on text, not prose.
 */
final class MarkdownText {
  static final int MAX_INLINE_LINE = 100_000;
  static final String CELL_SEPARATOR = " | ";

  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
  private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
  private static final Pattern THEMATIC = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
  private static final Pattern SETEXT_1 = Pattern.compile("^ {0,3}=+[ \\t]*$");
  private static final Pattern SETEXT_2 = Pattern.compile("^ {0,3}-+[ \\t]*$");
  private static final Pattern LINK_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]{1,999}\\]:[ \\t]*\\S.*$");
  private static final Pattern QUOTE = Pattern.compile("^ {0,3}>[ \\t]?");
  private static final Pattern BULLET = Pattern.compile("^([ \\t]*)[-*+][ \\t]+(.*)$");
  private static final Pattern ORDERED = Pattern.compile("^([ \\t]*)(\\d{1,9})[.)][ \\t]+(.*)$");

  private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
  private static final Pattern CODE_SPAN = Pattern.compile("(`{1,3})(?!`)(.{1,2000}?)(?<!`)\\1(?!`)");
  private static final String DESTINATION = "\\((?:[^()\\s]|\\([^()\\s]{0,500}\\)){0,2000}(?:\\s+\"[^\"\\n]{0,500}\")?\\s*\\)";
  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]{0,500})\\](?:" + DESTINATION + "|\\[[^\\]]{0,500}\\])");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]{0,1000})\\](?:" + DESTINATION + "|\\[[^\\]]{0,500}\\])");
  private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp|mailto):[^<>\\s]{1,2000}|[^<>\\s@]{1,200}@[^<>\\s]{1,200})>");
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\\s[^<>]{0,1000})?/?>");
  private static final Pattern STRONG = Pattern.compile("\\*\\*(?=\\S)(.{1,1000}?)(?<=\\S)\\*\\*|(?<![\\p{L}\\p{N}])__(?=\\S)(.{1,1000}?)(?<=\\S)__(?![\\p{L}\\p{N}])");
  private static final Pattern EMPHASIS = Pattern.compile("\\*(?=[^\\s*])(.{1,1000}?)(?<=[^\\s*])\\*|(?<![\\p{L}\\p{N}_])_(?=[^\\s_])(.{1,1000}?)(?<=[^\\s_])_(?![\\p{L}\\p{N}_])");
  private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.{1,1000}?)(?<=\\S)~~");
  private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|apos|nbsp|#\\d{1,7}|#[xX][0-9a-fA-F]{1,6});");
  /** Escaped and code characters are parked in the private use area while markup is removed. */
  private static final int PARK = 0xE000;

  record Rendered(String text, Optional<String> title) { }

  private record ListLevel(int indent, boolean ordered, int next) { }

  private final StringBuilder out = new StringBuilder();
  /** The last line is paragraph text that a soft-wrapped next line joins. */
  private boolean open;
  private boolean hardBreak;
  private final Deque<ListLevel> lists = new ArrayDeque<>();
  /** Inside a table: lines with a pipe are rows until one without. */
  private boolean inTable;
  private String title;
  private String firstHeading;
  private boolean previousBlank = true;

  private MarkdownText() {
  }

  static Rendered render(String source) {
    MarkdownText m = new MarkdownText();
    m.run(source.split("\n", -1));
    String t = m.title != null ? m.title : m.firstHeading;
    return new Rendered(m.out.toString().strip(), Optional.ofNullable(t));
  }

  private void run(String[] lines) {
    String fence = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (fence != null) {
        if (line.strip().startsWith(fence)) {
          fence = null;
        } else {
          newLine(line.stripTrailing());
        }
        continue;
      }
      Matcher fm = FENCE.matcher(line);
      if (fm.matches()) {
        fence = fm.group(1);
        open = false;
        continue;
      }
      if (line.isBlank()) {
        blank();
        continue;
      }
      String quoteless = line;
      for (Matcher q = QUOTE.matcher(quoteless); q.lookingAt(); q = QUOTE.matcher(quoteless)) {
        quoteless = quoteless.substring(q.end());
      }
      if (!quoteless.equals(line)) {
        if (quoteless.isBlank()) {
          blank();
          continue;
        }
        line = quoteless;
      }
      if (LINK_DEFINITION.matcher(line).matches()) {
        continue;
      }
      if (open && SETEXT_1.matcher(line).matches()) {
        heading(lastLine(), 1, false);
        continue;
      }
      if (open && SETEXT_2.matcher(line).matches()) {
        heading(lastLine(), 2, false);
        continue;
      }
      if (THEMATIC.matcher(line).matches()) {
        blank();
        continue;
      }
      Matcher h = ATX.matcher(line);
      if (h.matches()) {
        lists.clear();
        heading(inline(h.group(2) == null ? "" : h.group(2)), h.group(1).length(), true);
        continue;
      }
      boolean separator = isTableSeparator(line);
      if (line.indexOf('|') >= 0 && (separator || inTable || i + 1 < lines.length && isTableSeparator(lines[i + 1]))) {
        if (!separator) {
          newLine(row(line));
        }
        inTable = true;
        open = false;
        continue;
      }
      inTable = false;
      Matcher o = ORDERED.matcher(line);
      if (o.matches()) {
        item(indent(o.group(1)), true, Integer.parseInt(o.group(2)), o.group(3));
        continue;
      }
      Matcher b = BULLET.matcher(line);
      if (b.matches()) {
        item(indent(b.group(1)), false, 0, b.group(2));
        continue;
      }
      if (previousBlank && indent(line) == 0) {
        lists.clear(); // an unindented paragraph after a blank line ends any list
      }
      text(line);
    }
  }

  /** The line under a table's header: only pipes, dashes, colons and blanks, at least one pipe and dash. */
  private static boolean isTableSeparator(String line) {
    boolean pipe = false;
    boolean dash = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '|') {
        pipe = true;
      } else if (c == '-') {
        dash = true;
      } else if (c != ':' && c != ' ' && c != '\t') {
        return false;
      }
    }
    return pipe && dash;
  }

  private String row(String line) {
    String s = line.strip();
    if (s.startsWith("|")) {
      s = s.substring(1);
    }
    if (s.endsWith("|") && !s.endsWith("\\|")) {
      s = s.substring(0, s.length() - 1);
    }
    StringBuilder sb = new StringBuilder();
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '|' && (i == 0 || s.charAt(i - 1) != '\\')) {
        if (start > 0) {
          sb.append(CELL_SEPARATOR); // also after an empty first cell
        }
        sb.append(inline(s.substring(start, i).strip()));
        start = i + 1;
      }
    }
    return sb.toString();
  }

  private void item(int indent, boolean ordered, int number, String rest) {
    while (!lists.isEmpty() && lists.peek().indent() > indent + 1) {
      lists.pop();
    }
    int n = number;
    ListLevel top = lists.peek();
    if (top != null && top.indent() >= indent - 1) {
      lists.pop();
      if (ordered && top.ordered()) {
        n = top.next();
      }
    }
    lists.push(new ListLevel(indent, ordered, n + 1));
    newLine(ordered ? n + ". " + inline(rest.strip()) : inline(rest.strip()));
    open = true;
    hardBreak = endsWithHardBreak(rest);
    previousBlank = false;
  }

  private void text(String line) {
    String t = inline(line.strip());
    if (open && !hardBreak) {
      out.append(' ').append(t);
    } else {
      newLine(t);
    }
    open = true;
    hardBreak = endsWithHardBreak(line);
    previousBlank = false;
  }

  private void heading(String text, int level, boolean newLine) {
    if (newLine) {
      newLine(text);
    }
    if (level == 1 && title == null && !text.isBlank()) {
      title = text;
    }
    if (firstHeading == null && !text.isBlank()) {
      firstHeading = text;
    }
    open = false;
    previousBlank = false;
  }

  private void blank() {
    inTable = false;
    if (out.length() > 0 && !endsWithBlankLine()) {
      out.append('\n');
    }
    open = false;
    previousBlank = true;
  }

  private void newLine(String text) {
    if (out.length() > 0) {
      out.append('\n');
    }
    out.append(text);
    previousBlank = false;
  }

  private boolean endsWithBlankLine() {
    int n = out.length();
    return n >= 1 && out.charAt(n - 1) == '\n';
  }

  private String lastLine() {
    return out.substring(out.lastIndexOf("\n") + 1);
  }

  private static boolean endsWithHardBreak(String line) {
    return line.endsWith("  ") || line.endsWith("\\");
  }

  private static int indent(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        n++;
      } else if (c == '\t') {
        n += 4;
      } else {
        break;
      }
    }
    return n;
  }

  /** Inline markup removed; the text people read. */
  static String inline(String s) {
    if (s.length() > MAX_INLINE_LINE) {
      return s;
    }
    String t = s.endsWith("\\") ? s.substring(0, s.length() - 1) : s;
    // each pattern runs only where its opening character occurs: most prose lines have none
    if (t.indexOf('\\') >= 0) {
      t = replace(ESCAPE, t, m -> park(m.group(1)));
    }
    if (t.indexOf('`') >= 0) {
      t = replace(CODE_SPAN, t, m -> park(m.group(2).strip()));
    }
    if (t.indexOf('[') >= 0) {
      t = replace(IMAGE, t, m -> m.group(1));
      t = replace(LINK, t, m -> m.group(1));
    }
    if (t.indexOf('<') >= 0) {
      t = replace(AUTOLINK, t, m -> m.group(1));
      t = replace(TAG, t, m -> "");
    }
    if (t.indexOf('*') >= 0 || t.indexOf('_') >= 0) {
      t = replace(STRONG, t, m -> m.group(1) != null ? m.group(1) : m.group(2));
      t = replace(STRONG, t, m -> m.group(1) != null ? m.group(1) : m.group(2));
      t = replace(EMPHASIS, t, m -> m.group(1) != null ? m.group(1) : m.group(2));
    }
    if (t.indexOf('~') >= 0) {
      t = replace(STRIKE, t, m -> m.group(1));
    }
    if (t.indexOf('&') >= 0) {
      t = replace(ENTITY, t, m -> entity(m.group(1)));
    }
    return unpark(t).strip();
  }

  private static String replace(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
    Matcher m = p.matcher(s);
    if (!m.find()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    do {
      m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
    } while (m.find());
    m.appendTail(sb);
    return sb.toString();
  }

  private static String park(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c > ' ' && c < 0x7F && !Character.isLetterOrDigit(c) ? (char) (PARK + c) : c);
    }
    return sb.toString();
  }

  private static String unpark(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > PARK + ' ' && c < PARK + 0x7F) {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, (char) (c - PARK));
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static String entity(String name) {
    switch (name) {
      case "amp": return "&";
      case "lt": return "<";
      case "gt": return ">";
      case "quot": return "\"";
      case "apos": return "'";
      case "nbsp": return " ";
      default:
        int cp = name.startsWith("#x") || name.startsWith("#X")
            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "\uFFFD";
    }
  }
}
