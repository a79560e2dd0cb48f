package org.annalist.extract.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.extract.dates.DateExtractor;
import org.annalist.model.ListItem;
import org.annalist.model.Provenance;

/**
 * Finds numbered items that stand at the start of a line, after an optional bullet: "Article IV:
 * Date of effect", "• Article 2 obliged ...", "Section 3. ...". Roman numerals become integers; the
 * item's text is the rest of the line without the label, number and separator.
 *
 * <p>Stateless and thread-safe.
 */
public final class ListItemExtractor {
  public static final String SOURCE = "list-pattern";
  private static final Pattern ITEM = Pattern.compile(
      "(?m)^[ \\t]*(?<bullet>[-•*–·▪◦]|\\d{1,3}[.)])?[ \\t]*(?<label>Article|ARTICLE|Art\\.|Section|Clause|Paragraph|Point)[ \\t]+"
      + "(?<num>[IVXLC]{1,7}|\\d{1,3})(?![\\p{L}\\d])[ \\t]*(?<sep>[.:)\\-–—])?[ \\t]*(?<text>[^\\n]*)$");

  public List<ListItem> extract(String docId, String text, int from, int to, IntFunction<String> sentenceAt) {
    List<ListItem> out = new ArrayList<>();
    List<Boolean> marked = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    Matcher m = ITEM.matcher(text);
    m.region(from, to);
    int line = 0;
    int counted = 0;
    while (m.find()) {
      String num = m.group("num");
      int n = Character.isDigit(num.charAt(0)) ? Integer.parseInt(num) : DateExtractor.roman(num);
      String body = m.group("text").strip();
      if (n <= 0 || body.isEmpty()) {
        continue;
      }
      String label = m.group("label").equals("ARTICLE") || m.group("label").equals("Art.") ? "Article" : m.group("label");
      out.add(new ListItem(label, n, body.replaceAll("\\s+", " "),
          new Provenance(docId, m.start(), m.end(), sentenceAt.apply(m.start("label")), SOURCE, 1.0)));
      marked.add(m.group("bullet") != null || m.group("sep") != null);
      // line numbers counted forward from the previous item, not from the top of the text each time
      for (; counted < m.start(); counted++) {
        if (text.charAt(counted) == '\n') {
          line++;
        }
      }
      lines.add(line);
    }
    // a line that merely begins with "Article 3 of the pact gives ..." is prose: an item needs a bullet
    // or a separator after its number, or a neighbour item on the next or previous non-blank line
    List<ListItem> items = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      boolean neighbour = (i > 0 && lines.get(i) - lines.get(i - 1) <= 2) || (i + 1 < out.size() && lines.get(i + 1) - lines.get(i) <= 2);
      if (marked.get(i) || neighbour) {
        items.add(out.get(i));
      }
    }
    return items;
  }

}
