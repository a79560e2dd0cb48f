package org.annalist.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annalist.model.DocumentRows;

/** Fact rows written by hand for store tests, built up per document. */
final class Facts {
  private final String doc;
  private final Map<String, List<List<Object>>> rows = new TreeMap<>();

  Facts(String doc) {
    this.doc = doc;
    add("documents", doc, "Title of " + doc, doc + ".txt", "text", "UTF-8", "00", 10L, 1L, 2L, 0L, 0L, 0L, 0L);
  }

  private Facts add(String table, Object... cells) {
    rows.computeIfAbsent(table, k -> new ArrayList<>()).add(Arrays.asList(cells));
    return this;
  }

  Facts mention(String type, String text, String entity, long start, String slug, Double lat) {
    return add("mention_facts", doc, type, text, entity, start, start + text.length(), "s", "rule", 1.0, text, slug,
        lat == null ? null : "Lithuania", lat, lat == null ? null : 23.0);
  }

  Facts date(String text, String value, LocalDate start, long at) {
    return add("date_facts", doc, text, value, start, start, "day", false, at, at + text.length(), "s", "dates", "", "s");
  }

  Facts deployment(String place, long troops, String qualifier, String units, long at) {
    return add("deployment_facts", doc, place, place, place, "base", "Lithuania", troops, qualifier, units, at, at + 5,
        "s", "troops", "sentence", 54.0, 24.0);
  }

  Facts article(String treaty, long n, long at) {
    return add("treaty_articles", doc, treaty, n, "text " + n, at, at + 6, "articles");
  }

  DocumentRows rows() {
    return new DocumentRows(doc, rows);
  }
}
