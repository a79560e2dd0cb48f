package org.annalist.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.annalist.model.Column;
import org.annalist.model.ColumnType;
import org.annalist.model.Dataset;
import org.annalist.model.DatasetWriter;
import org.annalist.model.ForeignKey;
import org.annalist.model.Table;
import org.annalist.model.TableSchema;
import org.annalist.model.WriteOptions;

/**
 * The entity co-occurrence network ({@link CoOccurrenceNetwork}) for network tools:
 * {@code network.gexf} (GEXF 1.3, which Gephi opens: nodes with their type and counts as attributes
 * and a colour per type, undirected weighted edges with their documents) and the same graph as
 * {@code network_nodes.csv} / {@code network_edges.csv} (Gephi's spreadsheet import, or any table
 * tool). XML is written with the JDK's StAX writer, so the format needs no library.
 */
public final class NetworkWriter implements DatasetWriter, DerivedTables {
  static final String GEXF_NS = "http://gexf.net/1.3";
  static final String VIZ_NS = "http://gexf.net/1.3/viz";
  private static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

  @Override
  public String format() {
    return "network";
  }

  @Override
  public String description() {
    return "entity co-occurrence network: network.gexf (Gephi) and network_nodes.csv / network_edges.csv";
  }

  @Override
  public List<TableSchema> derivedTables() {
    return List.of(CoOccurrenceNetwork.NODES, CoOccurrenceNetwork.EDGES);
  }

  @Override
  public List<ForeignKey> derivedForeignKeys() {
    return CoOccurrenceNetwork.FOREIGN_KEYS;
  }

  @Override
  public void write(Dataset dataset, Path dir, WriteOptions options) throws IOException {
    CoOccurrenceNetwork net = CoOccurrenceNetwork.of(dataset);
    for (Table t : List.of(net.nodes(), net.edges())) {
      try (OutputStream os = Files.newOutputStream(dir.resolve(t.name() + ".csv"));
          Writer w = new java.io.BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
        if (options.excelBom()) {
          w.write('\uFEFF');
        }
        CsvWriter.write(t, w, options);
      }
    }
    try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(dir.resolve("network.gexf")), 1 << 16)) {
      gexf(net, os);
    } catch (XMLStreamException e) {
      throw new IOException("cannot write network.gexf: " + e.getMessage(), e);
    }
  }

  /** Node attributes: every node column but the id and label, which are GEXF's own. */
  private static final List<String> NODE_ATTRIBUTES = List.of("type", "mentions", "documents", "degree", "weighted_degree");
  private static final List<String> EDGE_ATTRIBUTES = List.of("documents", "doc_ids");

  static void gexf(CoOccurrenceNetwork net, OutputStream os) throws XMLStreamException, IOException {
    XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(os, "UTF-8");
    x.writeStartDocument("UTF-8", "1.0");
    nl(x, 0);
    x.writeStartElement("gexf");
    x.writeDefaultNamespace(GEXF_NS);
    x.writeNamespace("viz", VIZ_NS);
    x.writeNamespace("xsi", XSI_NS);
    x.writeAttribute(XSI_NS, "schemaLocation", GEXF_NS + " " + GEXF_NS + "/gexf.xsd");
    x.writeAttribute("version", "1.3");
    nl(x, 1);
    x.writeStartElement("meta");
    nl(x, 2);
    element(x, "creator", "Annalist");
    nl(x, 2);
    element(x, "description", "Entities named in the same sentence of the documents; edge weight = number of such sentences.");
    nl(x, 1);
    x.writeEndElement();
    nl(x, 1);
    x.writeStartElement("graph");
    x.writeAttribute("mode", "static");
    x.writeAttribute("defaultedgetype", "undirected");
    attributes(x, "node", net.nodes(), NODE_ATTRIBUTES);
    attributes(x, "edge", net.edges(), EDGE_ATTRIBUTES);
    nl(x, 2);
    x.writeStartElement("nodes");
    Table nodes = net.nodes();
    int id = nodes.columnIndex("id");
    int label = nodes.columnIndex("label");
    int type = nodes.columnIndex("type");
    int mentions = nodes.columnIndex("mentions");
    for (List<Object> row : nodes.readAll()) {
      nl(x, 3);
      x.writeStartElement("node");
      x.writeAttribute("id", xml(row.get(id)));
      x.writeAttribute("label", xml(row.get(label)));
      attvalues(x, nodes, row, NODE_ATTRIBUTES);
      nl(x, 4);
      int[] rgb = colour((String) row.get(type));
      x.writeEmptyElement("viz", "color", VIZ_NS);
      x.writeAttribute("r", Integer.toString(rgb[0]));
      x.writeAttribute("g", Integer.toString(rgb[1]));
      x.writeAttribute("b", Integer.toString(rgb[2]));
      nl(x, 4);
      x.writeEmptyElement("viz", "size", VIZ_NS);
      long m = row.get(mentions) == null ? 0 : (Long) row.get(mentions);
      // sizes grow with the logarithm of the mentions, so that a few very frequent names do not hide the rest
      x.writeAttribute("value", String.format(Locale.ROOT, "%.1f", 4 + 4 * Math.log1p(m)));
      nl(x, 3);
      x.writeEndElement();
    }
    nl(x, 2);
    x.writeEndElement();
    nl(x, 2);
    x.writeStartElement("edges");
    Table edges = net.edges();
    int source = edges.columnIndex("source");
    int target = edges.columnIndex("target");
    int weight = edges.columnIndex("weight");
    long n = 0;
    for (List<Object> row : edges.readAll()) {
      nl(x, 3);
      x.writeStartElement("edge");
      x.writeAttribute("id", Long.toString(n++));
      x.writeAttribute("source", xml(row.get(source)));
      x.writeAttribute("target", xml(row.get(target)));
      x.writeAttribute("weight", Cells.text(row.get(weight)));
      attvalues(x, edges, row, EDGE_ATTRIBUTES);
      nl(x, 3);
      x.writeEndElement();
    }
    nl(x, 2);
    x.writeEndElement();
    nl(x, 1);
    x.writeEndElement();
    nl(x, 0);
    x.writeEndElement();
    nl(x, 0);
    x.writeEndDocument();
    x.close();
    os.flush();
  }

  private static void attributes(XMLStreamWriter x, String cls, Table t, List<String> names) throws XMLStreamException {
    nl(x, 2);
    x.writeStartElement("attributes");
    x.writeAttribute("class", cls);
    x.writeAttribute("mode", "static");
    for (String name : names) {
      Column c = t.columns().get(t.columnIndex(name));
      nl(x, 3);
      x.writeEmptyElement("attribute");
      x.writeAttribute("id", name);
      x.writeAttribute("title", name);
      x.writeAttribute("type", c.type() == ColumnType.INTEGER ? "long" : c.type() == ColumnType.NUMBER ? "double" : "string");
    }
    nl(x, 2);
    x.writeEndElement();
  }

  private static void attvalues(XMLStreamWriter x, Table t, List<Object> row, List<String> names) throws XMLStreamException {
    nl(x, 4);
    x.writeStartElement("attvalues");
    for (String name : names) {
      Object v = row.get(t.columnIndex(name));
      if (v == null) {
        continue;
      }
      nl(x, 5);
      x.writeEmptyElement("attvalue");
      x.writeAttribute("for", name);
      x.writeAttribute("value", xml(Cells.text(v)));
    }
    nl(x, 4);
    x.writeEndElement();
  }

  private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(text);
    x.writeEndElement();
  }

  private static void nl(XMLStreamWriter x, int depth) throws XMLStreamException {
    x.writeCharacters("\n" + "  ".repeat(depth));
  }

  /** The text with the characters XML 1.0 cannot hold (most control characters) replaced. */
  static String xml(Object v) {
    String s = v == null ? "" : v.toString();
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      boolean ok = pair || c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
      if (!ok && sb == null) {
        sb = new StringBuilder(s.substring(0, i));
      }
      if (sb != null) {
        sb.append(ok ? c : '\uFFFD');
        if (pair) {
          sb.append(s.charAt(i + 1));
        }
      }
      if (pair) {
        i++;
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** One colour per entity type, the same as the report page's. */
  private static int[] colour(String type) {
    if ("PERSON".equals(type)) {
      return new int[] {0xd9, 0x5f, 0x02};
    }
    if ("ORGANIZATION".equals(type)) {
      return new int[] {0x75, 0x70, 0xb3};
    }
    return new int[] {0x1b, 0x9e, 0x77};
  }
}
