package org.annalist.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.DateExpression;
import org.annalist.model.DatePrecision;
import org.annalist.model.DocumentExtraction;
import org.annalist.model.EntityType;
import org.annalist.model.ListItem;
import org.annalist.model.Mention;
import org.annalist.model.NamedAgreement;
import org.annalist.model.PartialDate;
import org.annalist.model.Provenance;
import org.annalist.model.Qualifier;
import org.annalist.model.SourceDocument;
import org.annalist.model.TextSpan;
import org.annalist.model.TroopFigure;

/** Hand-built extractions, so transform steps are tested without the extract module. */
final class Fixtures {
  private Fixtures() { }

  static Provenance at(String text, String needle, int from) {
    int i = text.indexOf(needle, from);
    if (i < 0) {
      throw new IllegalArgumentException(needle);
    }
    return new Provenance("d", i, i + needle.length(), "", "test", 1.0);
  }

  static DateExpression date(String text, String surface, int y, int m, int d, boolean anchor) {
    DatePrecision p = d > 0 ? DatePrecision.DAY : m > 0 ? DatePrecision.MONTH : DatePrecision.YEAR;
    return new DateExpression(surface, new PartialDate(y, m, d), Optional.empty(), p, anchor, at(text, surface, 0));
  }

  /** Mentions for every [[Name|TYPE]] in a marked text; returns the text without marks. */
  static DocumentExtraction doc(String marked, List<TroopFigure> figures, List<ListItem> items, List<NamedAgreement> agreements,
      String title) {
    Matcher m = Pattern.compile("\\[\\[([^|\\]]+)\\|(\\w+)\\]\\]").matcher(marked);
    StringBuilder text = new StringBuilder();
    List<Mention> mentions = new ArrayList<>();
    int last = 0;
    while (m.find()) {
      text.append(marked, last, m.start());
      int s = text.length();
      text.append(m.group(1));
      mentions.add(new Mention(EntityType.valueOf(m.group(2)), m.group(1),
          new Provenance("d", s, text.length(), "", "test", 1.0)));
      last = m.end();
    }
    text.append(marked.substring(last));
    String t = text.toString();
    List<TextSpan> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == '.' || t.charAt(i) == '\n') {
        sentences.add(new TextSpan(start, i + 1));
        start = i + 1;
      }
    }
    if (start < t.length()) {
      sentences.add(new TextSpan(start, t.length()));
    }
    return new DocumentExtraction(new SourceDocument("d", title, "d.txt", "0", t), sentences, 0, mentions, List.of(),
        figures, List.of(), items, agreements, t.length());
  }

  static TroopFigure figure(String text, String number, long troops, String sentence) {
    return new TroopFigure(troops, Qualifier.EXACT, List.of(), new Provenance("d", text.indexOf(number),
        text.indexOf(number) + number.length(), sentence, "test", 1.0));
  }
}
