package org.annalist.transform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.DocumentExtraction;
import org.annalist.model.ListItem;
import org.annalist.model.NamedAgreement;
import org.annalist.model.TextSpan;
import org.annalist.model.text.Regex;

/**
 * Attributes treaty provisions to a treaty. Provisions that follow each other with rising numbers
 * form a list; a list belongs to the treaty named in the lines that introduce it ("The Treaty of Riga
 * contained nine articles:"). A provision named in prose ("Under Article 12 of the Armistice, ...")
 * belongs to the treaty named in its own sentence. Otherwise a provision belongs to the document's
 * own subject: the treaty in its title, else the treaty it names most often. A short name ("Mutual
 * Assistance Treaty") is completed to the longest name in the document that ends with it. A treaty's
 * provision is reported once: a later item with the same number (a summary repeating a listed
 * article) adds nothing.
 */
public final class ArticleAttribution {
  private static final int INTRO_CHARS = 300;
  private static final java.util.regex.Pattern TREATY_TITLE = java.util.regex.Pattern.compile(
      "\\b(?:treaty|agreement|convention|protocol|pact|armistice|accord|concordat)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

  public List<TreatyArticle> attribute(DocumentExtraction doc) {
    List<TreatyArticle> out = new ArrayList<>();
    List<ListItem> items = doc.items();
    Set<String> seen = new HashSet<>();
    String treaty = "";
    for (int k = 0; k < items.size(); k++) {
      ListItem it = items.get(k);
      boolean prose = it.provenance().extractor().equals(ListItem.PROSE_SOURCE);
      if (prose) {
        treaty = inSentence(doc, it).or(() -> namedBefore(doc, it.provenance().start()))
            .orElseGet(() -> treatyFor(doc, it.provenance().start()));
      } else {
        ListItem prev = k == 0 ? null : items.get(k - 1);
        boolean newList = prev == null || it.number() <= prev.number() || prev.provenance().extractor().equals(ListItem.PROSE_SOURCE)
            || !prev.provenance().extractor().equals(it.provenance().extractor());
        if (newList) {
          treaty = treatyFor(doc, it.provenance().start());
        }
      }
      if (seen.add(treaty + "\u0000" + it.number())) {
        out.add(new TreatyArticle(it, treaty));
      }
    }
    return out;
  }

  /** The last treaty named shortly before an offset, in the same paragraph. */
  private static Optional<String> namedBefore(DocumentExtraction doc, int offset) {
    String text = doc.document().text();
    int paragraph = Math.max(text.lastIndexOf("\n\n", offset), offset - 2 * INTRO_CHARS);
    NamedAgreement best = null;
    for (NamedAgreement a : doc.agreements()) {
      if (a.provenance().start() >= paragraph && a.provenance().end() <= offset) {
        best = a;
      }
    }
    return Optional.ofNullable(best).map(a -> complete(a.name(), doc.agreements()));
  }

  /** The treaty named in the sentence of a provision named in prose, the one nearest to it. */
  private static Optional<String> inSentence(DocumentExtraction doc, ListItem it) {
    int i = TextSpan.indexOf(doc.sentences(), it.provenance().start());
    if (i < 0) {
      return Optional.empty();
    }
    TextSpan s = doc.sentences().get(i);
    NamedAgreement best = null;
    for (NamedAgreement a : doc.agreements()) {
      if (a.provenance().start() >= s.start() && a.provenance().end() <= s.end() && (best == null
          || Math.abs(a.provenance().start() - it.provenance().start()) < Math.abs(best.provenance().start() - it.provenance().start()))) {
        best = a;
      }
    }
    return Optional.ofNullable(best).map(a -> complete(a.name(), doc.agreements()));
  }

  private String treatyFor(DocumentExtraction doc, int listStart) {
    List<NamedAgreement> names = doc.agreements();
    int intro = introStart(doc.document().text(), listStart);
    for (int i = names.size() - 1; i >= 0; i--) {
      NamedAgreement a = names.get(i);
      if (a.provenance().end() <= listStart && a.provenance().start() >= intro) {
        return complete(a.name(), names);
      }
    }
    Optional<String> inTitle = names.stream().filter(a -> doc.document().title().contains(a.name()))
        .map(NamedAgreement::name).max((a, b) -> a.length() - b.length());
    if (inTitle.isPresent()) {
      return inTitle.get();
    }
    // a treaty text titled in words the name pattern does not take ("TREATY OF PEACE BETWEEN ...",
    // "Simonstown naval base agreement between ..."): the title itself, without its source notes
    String title = doc.document().title();
    if (TREATY_TITLE.matcher(title).find()) {
      return Regex.replaceFirst(Regex.replaceFirst(title, "\\s*[(\\[].*$", ""), "[\\s,.:;!]+$", "").strip();
    }
    Map<String, Integer> counts = new HashMap<>();
    for (NamedAgreement a : names) {
      counts.merge(complete(a.name(), names), 1, Integer::sum);
    }
    return Counts.mostFrequent(counts).orElse("");
  }

  /** Start of the last non-blank line before the list (at most INTRO_CHARS back): the list's introduction. */
  private static int introStart(String text, int listStart) {
    int end = listStart;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = text.lastIndexOf('\n', Math.max(0, end - 1)) + 1;
    return Math.max(start, listStart - INTRO_CHARS);
  }

  private static String complete(String name, List<NamedAgreement> names) {
    String best = name;
    for (NamedAgreement a : names) {
      if (a.name().endsWith(" " + name) && a.name().length() > best.length() && !a.name().contains(name + name)) {
        best = a.name();
      }
    }
    return best;
  }
}
