package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.annalist.model.WriteOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkWriterTest {
  /** What a GEXF reader makes of the file: nodes with attributes, edges with weight and attributes. */
  record Graph(Map<String, Map<String, String>> nodes, List<Map<String, String>> edges) { }

  private static final Set<String> ATTRIBUTE_TYPES = Set.of("integer", "long", "double", "float", "boolean", "string",
      "liststring", "anyURI", "listboolean", "listinteger", "listlong", "listdouble", "listfloat", "date", "bigdecimal",
      "biginteger", "byte", "short", "char");

  /**
   * Reads a GEXF 1.3 file with StAX and checks the structure the GEXF 1.3 schema prescribes for what
   * Annalist writes: the gexf root in the 1.3 namespace with version 1.3, meta before graph, a graph
   * with a valid mode and default edge type, attribute declarations (class node or edge, id, title
   * and a GEXF type) before the nodes, nodes before edges, unique node ids, edges between declared
   * nodes with numeric weights, and attribute values only for declared attributes, parsable as their
   * type. The project has no copy of the XSD (no package of the registries it uses carries it).
   */
  static Graph readGexf(Path file) throws IOException, XMLStreamException {
    Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
    List<Map<String, String>> edges = new ArrayList<>();
    Map<String, Map<String, String>> declared = Map.of("node", new HashMap<>(), "edge", new HashMap<>());
    List<String> order = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader x = XMLInputFactory.newFactory().createXMLStreamReader(in, "UTF-8");
      String attributeClass = null;
      Map<String, String> current = null;
      String currentClass = null;
      while (x.hasNext()) {
        if (x.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String name = x.getLocalName();
        if (!"viz".equals(x.getPrefix())) {
          assertThat(x.getNamespaceURI()).as(name).isEqualTo(NetworkWriter.GEXF_NS);
        }
        order.add(name);
        switch (name) {
          case "gexf" -> assertThat(x.getAttributeValue(null, "version")).isEqualTo("1.3");
          case "graph" -> {
            assertThat(order).containsSubsequence("gexf", "meta", "creator", "graph");
            assertThat(x.getAttributeValue(null, "mode")).isIn("static", "dynamic");
            assertThat(x.getAttributeValue(null, "defaultedgetype")).isIn("directed", "undirected", "mutual");
          }
          case "attributes" -> {
            attributeClass = x.getAttributeValue(null, "class");
            assertThat(attributeClass).isIn("node", "edge");
            assertThat(order).doesNotContain("nodes");
          }
          case "attribute" -> {
            String id = x.getAttributeValue(null, "id");
            assertThat(id).isNotBlank();
            assertThat(x.getAttributeValue(null, "title")).isNotBlank();
            assertThat(x.getAttributeValue(null, "type")).isIn(ATTRIBUTE_TYPES);
            assertThat(declared.get(attributeClass).put(id, x.getAttributeValue(null, "type"))).as("declared twice: " + id).isNull();
          }
          case "nodes" -> assertThat(order).doesNotContain("edges");
          case "node" -> {
            String id = x.getAttributeValue(null, "id");
            current = new HashMap<>();
            current.put("label", x.getAttributeValue(null, "label"));
            assertThat(nodes.put(id, current)).as("node id twice: " + id).isNull();
            currentClass = "node";
          }
          case "edge" -> {
            current = new HashMap<>();
            for (String a : List.of("id", "source", "target", "weight")) {
              current.put(a, x.getAttributeValue(null, a));
            }
            assertThat(nodes).containsKeys(current.get("source"), current.get("target"));
            Double.parseDouble(current.get("weight"));
            edges.add(current);
            currentClass = "edge";
          }
          case "attvalue" -> {
            String key = x.getAttributeValue(null, "for");
            String value = x.getAttributeValue(null, "value");
            String type = declared.get(currentClass).get(key);
            assertThat(type).as("undeclared attribute " + key).isNotNull();
            if (type.equals("long") || type.equals("integer")) {
              Long.parseLong(value);
            } else if (type.equals("double")) {
              Double.parseDouble(value);
            }
            current.put(key, value);
          }
          default -> { }
        }
      }
    }
    Set<String> edgeIds = new HashSet<>();
    edges.forEach(e -> assertThat(edgeIds.add(e.get("id"))).isTrue());
    return new Graph(nodes, edges);
  }

  @Test
  void entitiesNamedInOneSentenceAreLinkedWeightedBySentencesWithTheirDocuments(@TempDir Path dir) throws Exception {
    new NetworkWriter().write(VisualDatasets.dataset(), dir, WriteOptions.defaults());
    Graph g = readGexf(dir.resolve("network.gexf"));
    assertThat(g.nodes()).containsOnlyKeys("loc-eskerby", "loc-tolland", "org-harlow-league", "per-ana-vidmar");
    assertThat(g.nodes().get("per-ana-vidmar")).containsEntry("label", "Ana Vidmar").containsEntry("type", "PERSON")
        .containsEntry("mentions", "3").containsEntry("degree", "3").containsEntry("weighted_degree", "6");
    Map<String, String> weights = new LinkedHashMap<>();
    g.edges().forEach(e -> weights.put(e.get("source") + " " + e.get("target"), e.get("weight") + " " + e.get("doc_ids")));
    assertThat(weights).containsExactly(
        Map.entry("loc-eskerby loc-tolland", "2 a;b"),
        Map.entry("loc-eskerby org-harlow-league", "1 a"),
        Map.entry("loc-eskerby per-ana-vidmar", "2 a"),
        Map.entry("loc-tolland org-harlow-league", "1 b"),
        Map.entry("loc-tolland per-ana-vidmar", "2 a;b"),
        Map.entry("org-harlow-league per-ana-vidmar", "2 a;b"));
  }

  @Test
  void theCsvFilesHoldTheSameGraph(@TempDir Path dir) throws Exception {
    new NetworkWriter().write(VisualDatasets.dataset(), dir, WriteOptions.defaults());
    List<String> nodes = Files.readAllLines(dir.resolve("network_nodes.csv"), StandardCharsets.UTF_8);
    assertThat(nodes.get(0)).isEqualTo("id,label,type,mentions,documents,degree,weighted_degree");
    assertThat(nodes).contains("loc-eskerby,Eskerby,LOCATION,3,2,3,5", "org-harlow-league,Harlow League,ORGANIZATION,2,2,3,4");
    List<String> edges = Files.readAllLines(dir.resolve("network_edges.csv"), StandardCharsets.UTF_8);
    assertThat(edges.get(0)).isEqualTo("source,target,source_label,target_label,weight,documents,doc_ids");
    assertThat(edges).hasSize(1 + readGexf(dir.resolve("network.gexf")).edges().size())
        .contains("loc-eskerby,loc-tolland,Eskerby,Tolland,2,2,a;b");
  }

  @Test
  void textXmlCannotHoldIsReplacedAndTheRestEscaped() {
    assertThat(NetworkWriter.xml("a\u0001b")).isEqualTo("a\uFFFDb");
    assertThat(NetworkWriter.xml("tank 🪖 \uD800x")).isEqualTo("tank 🪖 \uFFFDx");
    assertThat(NetworkWriter.xml("<&>\"")).isEqualTo("<&>\"");
  }
}
