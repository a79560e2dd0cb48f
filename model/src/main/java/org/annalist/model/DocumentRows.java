package org.annalist.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one document contributes to the dataset: its rows of each fact table
 * ({@link DatasetSchema#FACTS}), checked against the fact schemas. It holds no text beyond the
 * sentences the rows quote, so a run keeps only a bounded number of these in flight; it is also what
 * the incremental cache keeps per document and what a Spark partition emits.
 *
 * @param docId the document's id
 * @param rows  rows per fact table name; tables without rows may be absent
 */
public record DocumentRows(String docId, Map<String, List<List<Object>>> rows) {
  public DocumentRows {
    Objects.requireNonNull(docId, "docId");
    Map<String, List<List<Object>>> checked = new TreeMap<>();
    for (Map.Entry<String, List<List<Object>>> e : rows.entrySet()) {
      TableSchema schema = schema(e.getKey());
      List<List<Object>> copy = new ArrayList<>(e.getValue().size());
      int doc = schema.columnIndex("doc_id");
      for (List<Object> row : e.getValue()) {
        List<Object> r = schema.check(row);
        if (!docId.equals(r.get(doc))) {
          throw new IllegalArgumentException(schema.name() + ": row of " + r.get(doc) + " in document " + docId);
        }
        copy.add(r);
      }
      checked.put(e.getKey(), Collections.unmodifiableList(copy));
    }
    rows = Collections.unmodifiableMap(checked);
  }

  /** The rows of one fact table, in text order. */
  public List<List<Object>> rows(TableSchema fact) {
    return rows.getOrDefault(fact.name(), List.of());
  }

  /** The fact schema of that name. */
  public static TableSchema schema(String name) {
    for (TableSchema s : DatasetSchema.FACTS) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException("not a fact table: " + name);
  }
}
