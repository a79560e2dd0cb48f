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
 * <p>Every fact table's primary key starts with the document id, so keys unique within a document are
 * unique in the dataset: a row whose key repeats an earlier row of the same document is dropped here
 * (the first stays), and every writer and store can declare the keys.
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
      int[] key = schema.primaryKey().stream().mapToInt(schema::columnIndex).toArray();
      java.util.Set<List<Object>> keys = new java.util.HashSet<>();
      for (List<Object> row : e.getValue()) {
        List<Object> r = schema.check(row);
        if (!docId.equals(r.get(doc))) {
          throw new IllegalArgumentException(schema.name() + ": row of " + r.get(doc) + " in document " + docId);
        }
        List<Object> k = new ArrayList<>(key.length);
        for (int i : key) {
          k.add(r.get(i));
        }
        if (keys.add(k)) {
          copy.add(r);
        }
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
