package org.annalist.ingest.odt;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.annalist.ingest.DocumentFormat;
import org.annalist.ingest.DocumentReader;
import org.annalist.ingest.DocumentText;
import org.annalist.ingest.ListNumbers;
import org.annalist.ingest.ReadOptions;
import org.annalist.ingest.UnreadableDocumentException;
import org.annalist.ingest.ZipGuard;

/**
 * OpenDocument text (ODT) read with the JDK's streaming XML parser, no library: {@code content.xml}
 * gives paragraphs and headings in order, tables one row a line ({@value #CELL_SEPARATOR} between
 * cells), list items with the numbers their list style shows (styles from {@code styles.xml} and
 * the automatic ones); {@code meta.xml} gives the title. Notes, annotations and tracked deletions
 * are left out. The parser refuses DTDs and external entities; the archive is inflated under
 * {@link ReadOptions#maxExpandedBytes()} by {@link ZipGuard}. Streaming keeps deep nesting off the
 * call stack.
 */
public final class OdtXmlReader implements DocumentReader {
  static final String CELL_SEPARATOR = " | ";
  private static final String LABEL = "ODT";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  /** Subtrees whose text is not part of the running text. */
  private static final Set<String> SKIPPED = Set.of("note", "annotation", "tracked-changes", "sequence-decls",
      "variable-decls", "user-field-decls", "table-of-content-source", "index-title-template");

  @Override
  public Set<DocumentFormat> formats() {
    return Set.of(DocumentFormat.ODT);
  }

  @Override
  public DocumentText read(byte[] bytes, String fileName, ReadOptions options) throws UnreadableDocumentException {
    Map<String, byte[]> parts = ZipGuard.inflate(bytes, Set.of("content.xml", "styles.xml", "meta.xml"),
        options.maxExpandedBytes(), LABEL);
    try {
      Map<String, Map<Integer, LevelStyle>> listStyles = new HashMap<>();
      if (parts.containsKey("styles.xml")) {
        new Walk(listStyles, false).run(ZipGuard.entry(parts, "styles.xml", LABEL));
      }
      Walk content = new Walk(listStyles, true);
      content.run(ZipGuard.entry(parts, "content.xml", LABEL));
      Optional<String> title = parts.containsKey("meta.xml")
          ? metaTitle(ZipGuard.entry(parts, "meta.xml", LABEL)) : Optional.empty();
      return new DocumentText(content.text(), title.or(content::firstBlock), DocumentFormat.ODT, Optional.empty());
    } catch (XMLStreamException e) {
      throw new UnreadableDocumentException("damaged " + LABEL + " file: " + UnreadableDocumentException.describe(e), e);
    }
  }

  static XMLStreamReader secureReader(InputStream in) throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return f.createXMLStreamReader(in);
  }

  private static Optional<String> metaTitle(InputStream in) throws XMLStreamException {
    XMLStreamReader r = secureReader(in);
    try {
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && DC.equals(r.getNamespaceURI()) && "title".equals(r.getLocalName())) {
          return Optional.of(r.getElementText()).filter(t -> !t.isBlank());
        }
      }
      return Optional.empty();
    } finally {
      r.close();
    }
  }

  /** How one level of a list style labels its items. */
  private record LevelStyle(boolean numbered, ListNumbers.Style style, String prefix, String suffix, int start) { }

  /** A list being read: its style, its level, its counter. */
  private static final class ListState {
    final String styleName;
    final int level;
    int next;
    boolean started;

    ListState(String styleName, int level) {
      this.styleName = styleName;
      this.level = level;
    }
  }

  /** One pass over a part; collects list styles always and text when {@code collectText}. */
  private static final class Walk {
    private final Map<String, Map<Integer, LevelStyle>> listStyles;
    private final boolean collectText;
    private final List<String> blocks = new ArrayList<>();
    private final List<Boolean> lineItems = new ArrayList<>();
    private final Deque<ListState> lists = new ArrayDeque<>();
    private final Map<String, Integer> lastNumber = new HashMap<>();
    private StringBuilder paragraph;
    private int paragraphDepth;
    private String pendingLabel;
    private boolean inListItem;
    private List<String> row;
    private StringBuilder cell;
    private int skipDepth;
    private boolean inBody;
    private String currentListStyle;

    Walk(Map<String, Map<Integer, LevelStyle>> listStyles, boolean collectText) {
      this.listStyles = listStyles;
      this.collectText = collectText;
    }

    void run(InputStream in) throws XMLStreamException {
      XMLStreamReader r = secureReader(in);
      try {
        while (r.hasNext()) {
          int ev = r.next();
          if (ev == XMLStreamConstants.START_ELEMENT) {
            start(r);
          } else if (ev == XMLStreamConstants.END_ELEMENT) {
            end(r);
          } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) && skipDepth == 0) {
            append(r.getText());
          }
        }
      } finally {
        r.close();
      }
    }

    private void start(XMLStreamReader r) {
      String ns = r.getNamespaceURI();
      String name = r.getLocalName();
      if (skipDepth > 0) {
        skipDepth++;
        return;
      }
      if (TEXT.equals(ns) && name.equals("list-style")) {
        currentListStyle = attr(r, STYLE, "name");
        listStyles.putIfAbsent(currentListStyle, new HashMap<>());
        return;
      }
      if (TEXT.equals(ns) && currentListStyle != null
          && (name.equals("list-level-style-number") || name.equals("list-level-style-bullet")
              || name.equals("list-level-style-image"))) {
        listStyles.get(currentListStyle).put(intAttr(r, TEXT, "level", 1), levelStyle(r, name.endsWith("number")));
        return;
      }
      if (OFFICE.equals(ns) && name.equals("body")) {
        inBody = true;
        return;
      }
      if (!collectText || !inBody) {
        return;
      }
      if ((TEXT.equals(ns) || OFFICE.equals(ns)) && SKIPPED.contains(name)) {
        skipDepth = 1;
        return;
      }
      if (TEXT.equals(ns)) {
        switch (name) {
          case "p":
          case "h":
            if (paragraphDepth++ == 0 && cell == null) {
              paragraph = new StringBuilder();
            } else {
              append(" ");
            }
            break;
          case "s":
            append(" ".repeat(Math.min(1000, Math.max(1, intAttr(r, TEXT, "c", 1)))));
            break;
          case "tab":
            append("\t");
            break;
          case "line-break":
            append(cell == null ? "\n" : " ");
            break;
          case "list":
            openList(r);
            break;
          case "list-item":
            inListItem = true;
            pendingLabel = label(r);
            break;
          case "list-header":
            inListItem = true;
            pendingLabel = null;
            break;
          default:
            break;
        }
      } else if (TABLE.equals(ns)) {
        if (name.equals("table-row")) {
          row = new ArrayList<>();
        } else if (name.equals("table-cell") && row != null) {
          cell = new StringBuilder();
        }
      }
    }

    private void end(XMLStreamReader r) {
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      String ns = r.getNamespaceURI();
      String name = r.getLocalName();
      if (TEXT.equals(ns) && name.equals("list-style")) {
        currentListStyle = null;
      }
      if (!collectText || !inBody) {
        return;
      }
      if (TEXT.equals(ns)) {
        if ((name.equals("p") || name.equals("h")) && --paragraphDepth == 0) {
          if (cell != null) {
            cell.append(' ');
          } else if (paragraph != null) {
            String text = paragraph.toString().strip();
            if (!text.isEmpty()) {
              blocks.add((pendingLabel != null ? pendingLabel : "") + text);
              lineItems.add(inListItem);
            }
            pendingLabel = null;
            paragraph = null;
          }
        } else if (name.equals("list")) {
          lists.poll();
          inListItem = !lists.isEmpty();
        } else if (name.equals("list-item") || name.equals("list-header")) {
          pendingLabel = null;
        }
      } else if (TABLE.equals(ns)) {
        if (name.equals("table-cell") && cell != null && row != null) {
          row.add(cell.toString().replaceAll("\\s+", " ").strip());
          cell = null;
        } else if (name.equals("table-row") && row != null) {
          String line = String.join(CELL_SEPARATOR, row).strip();
          if (!line.replace("|", "").isBlank()) {
            blocks.add(line);
            lineItems.add(true);
          }
          row = null;
        }
      }
    }

    private void append(String s) {
      if (cell != null) {
        cell.append(s);
      } else if (paragraph != null) {
        paragraph.append(s);
      }
    }

    private void openList(XMLStreamReader r) {
      ListState parent = lists.peek();
      String style = attr(r, TEXT, "style-name");
      if (style == null && parent != null) {
        style = parent.styleName;
      }
      ListState list = new ListState(style, parent == null ? 1 : parent.level + 1);
      if ("true".equals(attr(r, TEXT, "continue-numbering")) || attr(r, TEXT, "continue-list") != null) {
        Integer last = lastNumber.get(style + "/" + list.level);
        if (last != null) {
          list.next = last + 1;
          list.started = true;
        }
      }
      lists.push(list);
    }

    private String label(XMLStreamReader r) {
      ListState list = lists.peek();
      if (list == null || list.styleName == null) {
        return null;
      }
      LevelStyle style = listStyles.getOrDefault(list.styleName, Map.of()).get(list.level);
      if (style == null || !style.numbered()) {
        return null;
      }
      int override = intAttr(r, TEXT, "start-value", Integer.MIN_VALUE);
      int n = override != Integer.MIN_VALUE ? override : list.started ? list.next : style.start();
      list.next = n + 1;
      list.started = true;
      lastNumber.put(list.styleName + "/" + list.level, n);
      return style.prefix() + ListNumbers.format(n, style.style()) + style.suffix() + " ";
    }

    private static LevelStyle levelStyle(XMLStreamReader r, boolean numbered) {
      String format = attr(r, STYLE, "num-format");
      ListNumbers.Style style;
      if ("a".equals(format)) {
        style = ListNumbers.Style.LOWER_LETTER;
      } else if ("A".equals(format)) {
        style = ListNumbers.Style.UPPER_LETTER;
      } else if ("i".equals(format)) {
        style = ListNumbers.Style.LOWER_ROMAN;
      } else if ("I".equals(format)) {
        style = ListNumbers.Style.UPPER_ROMAN;
      } else {
        style = ListNumbers.Style.DECIMAL;
      }
      boolean shown = numbered && format != null && !format.isEmpty();
      String prefix = attr(r, STYLE, "num-prefix");
      String suffix = attr(r, STYLE, "num-suffix");
      return new LevelStyle(shown, style, prefix == null ? "" : prefix, suffix == null ? "" : suffix,
          intAttr(r, TEXT, "start-value", 1));
    }

    private static String attr(XMLStreamReader r, String ns, String name) {
      return r.getAttributeValue(ns, name);
    }

    private static int intAttr(XMLStreamReader r, String ns, String name, int fallback) {
      String v = r.getAttributeValue(ns, name);
      if (v == null || !v.strip().matches("-?\\d{1,9}")) {
        return fallback;
      }
      return Integer.parseInt(v.strip());
    }

    String text() {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < blocks.size(); i++) {
        if (i > 0) {
          out.append(lineItems.get(i) && lineItems.get(i - 1) ? "\n" : "\n\n");
        }
        out.append(blocks.get(i));
      }
      return out.toString();
    }

    Optional<String> firstBlock() {
      return blocks.stream().findFirst();
    }
  }
}
