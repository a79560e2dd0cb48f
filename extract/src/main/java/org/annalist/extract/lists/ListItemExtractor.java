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
      "(?m)^[ \\t]*(?:[-•*–·▪◦]|\\d{1,3}[.)])?[ \\t]*(?<label>Article|ARTICLE|Art\\.|Section|Clause|Paragraph|Point)[ \\t]+"
      + "(?<num>[IVXLC]{1,7}|\\d{1,3})(?![\\p{L}\\d])[ \\t]*[.:)\\-–—]?[ \\t]*(?<text>[^\\n]*)$");

  public List<ListItem> extract(String docId, String text, int from, int to, IntFunction<String> sentenceAt) {
    List<ListItem> out = new ArrayList<>();
    Matcher m = ITEM.matcher(text);
    m.region(from, to);
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
    }
    return out;
  }
}
