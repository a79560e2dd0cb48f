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

/**
 * Attributes "Article" items to a treaty. Items that follow each other with rising numbers form a
 * list; a list belongs to the treaty named in the lines that introduce it ("The Treaty of Riga
 * contained nine articles:"). When the introduction only says "the treaty", the list belongs to
 * the document's own subject: the treaty in its title, else the treaty it names most often. A short
 * name ("Mutual Assistance Treaty") is completed to the longest name in the document that ends
 * with it.
 */
public final class ArticleAttribution {
  private static final int INTRO_CHARS = 300;

  public List<TreatyArticle> attribute(DocumentExtraction doc) {
    List<TreatyArticle> out = new ArrayList<>();
    List<ListItem> articles = doc.items().stream().filter(i -> i.label().equals("Article")).toList();
    Set<String> seen = new HashSet<>();
    int listStart = -1;
    String treaty = "";
    for (int k = 0; k < articles.size(); k++) {
      ListItem it = articles.get(k);
      boolean newList = k == 0 || it.number() <= articles.get(k - 1).number();
      if (newList) {
        listStart = it.provenance().start();
        treaty = treatyFor(doc, listStart);
      }
      if (seen.add(it.number() + "\u0000" + it.text())) {
        out.add(new TreatyArticle(it, treaty));
      }
    }
    return out;
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
