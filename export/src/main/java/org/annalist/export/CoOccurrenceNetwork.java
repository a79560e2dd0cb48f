package org.annalist.export;

import static org.annalist.model.Column.integer;
import static org.annalist.model.Column.string;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.annalist.model.Dataset;
import org.annalist.model.ForeignKey;
import org.annalist.model.RowCursor;
import org.annalist.model.Table;
import org.annalist.model.TableSchema;

/**
 * The entity co-occurrence network: one node per entity, one undirected edge per pair of entities
 * named in the same sentence, weighted by the number of such sentences and carrying the documents
 * they are in.
 *
 * <p>Computed from the mentions table, which streams in document order, one sentence's mentions
 * after another: memory holds the entity ids of one sentence and the edge map, never the text.
 * A sentence is recognized by its text within a document, so two identical sentences in a row count
 * once. Entities a sentence names twice are one node of the pair, and an entity is never its own
 * neighbour.
 */
final class CoOccurrenceNetwork {
  static final TableSchema NODES = new TableSchema("network_nodes",
      "One row per entity: the nodes of the co-occurrence network (network.gexf).", List.of(
          string("id", "The entity's id in entities.csv."),
          string("label", "The entity's canonical name."),
          string("type", "PERSON, LOCATION or ORGANIZATION."),
          integer("mentions", "Number of mentions of the entity."),
          integer("documents", "Number of documents that mention it."),
          integer("degree", "Number of other entities named in a sentence with it."),
          integer("weighted_degree", "Sum of the weights of its edges.")),
      List.of("id"), List.of("type", "label", "id"));

  static final TableSchema EDGES = TableSchema.keyed("network_edges",
      "One row per pair of entities named in the same sentence: the edges of the co-occurrence network (undirected).",
      List.of(
          string("source", "Id of one entity (the smaller id of the pair)."),
          string("target", "Id of the other entity."),
          string("source_label", "Canonical name of the source entity."),
          string("target_label", "Canonical name of the target entity."),
          integer("weight", "Number of sentences that name both."),
          integer("documents", "Number of documents holding such a sentence."),
          string("doc_ids", "Those documents, separated by ';'.")),
      List.of("source", "target"));

  static final List<ForeignKey> FOREIGN_KEYS = List.of(
      new ForeignKey(NODES.name(), "id", "entities", "entity_id"),
      new ForeignKey(EDGES.name(), "source", NODES.name(), "id"),
      new ForeignKey(EDGES.name(), "target", NODES.name(), "id"));

  private final Table nodes;
  private final Table edges;

  private CoOccurrenceNetwork(Table nodes, Table edges) {
    this.nodes = nodes;
    this.edges = edges;
  }

  Table nodes() {
    return nodes;
  }

  Table edges() {
    return edges;
  }

  /** An edge being counted. */
  private static final class Tally {
    long weight;
    final List<String> docs = new ArrayList<>(2);
  }

  static CoOccurrenceNetwork of(Dataset ds) throws IOException {
    Map<String, Tally> pairs = pairs(ds.table("mentions"));
    Map<String, String> labels = new HashMap<>();
    List<List<Object>> nodeRows = new ArrayList<>();
    Map<String, long[]> degrees = new HashMap<>();
    for (Map.Entry<String, Tally> e : pairs.entrySet()) {
      String[] ends = e.getKey().split("\t", 2);
      for (String end : ends) {
        long[] d = degrees.computeIfAbsent(end, k -> new long[2]);
        d[0]++;
        d[1] += e.getValue().weight;
      }
    }
    if (ds.table("entities").isPresent()) {
      Table entities = ds.table("entities").get();
      int id = entities.columnIndex("entity_id");
      int name = entities.columnIndex("name");
      int type = entities.columnIndex("type");
      int mentions = entities.columnIndex("mentions");
      int documents = entities.columnIndex("documents");
      entities.forEachRow(row -> {
        String key = (String) row.get(id);
        long[] d = degrees.getOrDefault(key, new long[2]);
        labels.put(key, (String) row.get(name));
        nodeRows.add(Arrays.asList(key, row.get(name), row.get(type), row.get(mentions), row.get(documents), d[0], d[1]));
      });
    }
    List<String> keys = new ArrayList<>(pairs.keySet());
    keys.sort(null);
    List<List<Object>> edgeRows = new ArrayList<>(keys.size());
    for (String k : keys) {
      String[] ends = k.split("\t", 2);
      Tally t = pairs.get(k);
      edgeRows.add(Arrays.asList(ends[0], ends[1], labels.getOrDefault(ends[0], ends[0]), labels.getOrDefault(ends[1], ends[1]),
          t.weight, (long) t.docs.size(), String.join(";", t.docs)));
    }
    return new CoOccurrenceNetwork(Table.of(NODES, nodeRows), Table.of(EDGES, edgeRows));
  }

  /** The pairs of entity ids (smaller first, tab-separated) named in one sentence, with their tallies. */
  private static Map<String, Tally> pairs(java.util.Optional<Table> mentions) throws IOException {
    Map<String, Tally> pairs = new HashMap<>();
    if (mentions.isEmpty()) {
      return pairs;
    }
    Table t = mentions.get();
    int doc = t.columnIndex("doc_id");
    int entity = t.columnIndex("entity_id");
    int sentence = t.columnIndex("sentence");
    TreeSet<String> ids = new TreeSet<>();
    String lastDoc = null;
    String lastSentence = null;
    try (RowCursor c = t.open()) {
      while (c.hasNext()) {
        List<Object> row = c.next();
        String d = (String) row.get(doc);
        String s = (String) row.get(sentence);
        if (!Objects.equals(d, lastDoc) || !Objects.equals(s, lastSentence)) {
          count(pairs, ids, lastDoc);
          ids.clear();
          lastDoc = d;
          lastSentence = s;
        }
        if (row.get(entity) != null) {
          ids.add((String) row.get(entity));
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    count(pairs, ids, lastDoc);
    return pairs;
  }

  private static void count(Map<String, Tally> pairs, TreeSet<String> ids, String doc) {
    if (ids.size() < 2) {
      return;
    }
    String[] a = ids.toArray(new String[0]);
    for (int i = 0; i < a.length; i++) {
      for (int j = i + 1; j < a.length; j++) {
        Tally t = pairs.computeIfAbsent(a[i] + "\t" + a[j], k -> new Tally());
        t.weight++;
        // mentions stream in document order, so a document is new for the pair unless it was the last one added
        if (t.docs.isEmpty() || !t.docs.get(t.docs.size() - 1).equals(doc)) {
          t.docs.add(doc);
        }
      }
    }
  }
}
