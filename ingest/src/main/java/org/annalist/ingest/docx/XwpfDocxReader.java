package org.annalist.ingest.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.ingest.DocumentFormat;
import org.annalist.ingest.DocumentReader;
import org.annalist.ingest.DocumentText;
import org.annalist.ingest.ReadOptions;
import org.annalist.ingest.UnreadableDocumentException;
import org.annalist.ingest.ZipGuard;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Word documents (DOCX) read with POI's XWPF: body paragraphs in order (blank line between them,
 * list items on consecutive lines), tables one row a line with cells joined by
 * {@value #CELL_SEPARATOR}, numbered list paragraphs with the numbers Word shows
 * ({@link DocxNumbering}). Left out: page headers and footers (page furniture), footnotes, deleted
 * revisions, comments. The title is the core properties' title, else the first paragraph.
 *
 * <p>Before POI sees the file, {@link ZipGuard} inflates it once counting bytes, so a zip bomb is
 * refused at {@link ReadOptions#maxExpandedBytes()} instead of filling the heap.
 */
public final class XwpfDocxReader implements DocumentReader {
  static final String CELL_SEPARATOR = " | ";
  private static final String LABEL = "DOCX";

  @Override
  public Set<DocumentFormat> formats() {
    return Set.of(DocumentFormat.DOCX);
  }

  @Override
  public DocumentText read(byte[] bytes, String fileName, ReadOptions options) throws UnreadableDocumentException {
    ZipGuard.inflate(bytes, Set.of(), options.maxExpandedBytes(), LABEL);
    if (!ZipGuard.entryNames(bytes).contains("word/document.xml")) {
      throw new UnreadableDocumentException("damaged " + LABEL + " file: no word/document.xml (not a Word document)");
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      DocxNumbering numbering = new DocxNumbering(doc);
      List<String> blocks = new ArrayList<>();
      List<Boolean> listItems = new ArrayList<>();
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFParagraph p) {
          String text = paragraphText(p).strip();
          Optional<String> label = numbering.label(p);
          if (!text.isEmpty()) {
            blocks.add(label.orElse("") + text);
            listItems.add(label.isPresent() || p.getNumID() != null);
          }
        } else if (e instanceof XWPFTable t) {
          String rows = tableText(t);
          if (!rows.isEmpty()) {
            blocks.add(rows);
            listItems.add(false);
          }
        } else if (e instanceof XWPFSDT sdt) {
          String text = sdt.getContent().getText().strip();
          if (!text.isEmpty()) {
            blocks.add(text);
            listItems.add(false);
          }
        }
      }
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < blocks.size(); i++) {
        if (i > 0) {
          out.append(listItems.get(i) && listItems.get(i - 1) ? "\n" : "\n\n");
        }
        out.append(blocks.get(i));
      }
      String coreTitle = doc.getProperties().getCoreProperties().getTitle();
      Optional<String> title = Optional.ofNullable(coreTitle).filter(t -> !t.isBlank())
          .or(() -> blocks.stream().findFirst().map(b -> b.lines().findFirst().orElse("")));
      return new DocumentText(out.toString(), title, DocumentFormat.DOCX, Optional.empty());
    } catch (IOException | POIXMLException | OpenXML4JRuntimeException e) {
      String why = UnreadableDocumentException.describe(e);
      if (why.toLowerCase(Locale.ROOT).contains("zip bomb")) {
        throw new UnreadableDocumentException(LABEL + " looks like a zip bomb (compression ratio too high)", e);
      }
      throw new UnreadableDocumentException("damaged " + LABEL + " file: " + why, e);
    }
  }

  /** The runs' text (tabs and line breaks included), without the footnote texts POI appends. */
  private static String paragraphText(XWPFParagraph p) {
    StringBuilder sb = new StringBuilder();
    for (IRunElement r : p.getIRuns()) {
      if (r instanceof XWPFRun run) {
        if (run.getCTR().sizeOfDelTextArray() == 0) {
          sb.append(run.text());
        }
      } else if (r instanceof XWPFSDT sdt) {
        sb.append(sdt.getContent().getText());
      }
    }
    return sb.toString();
  }

  private static String tableText(XWPFTable table) {
    StringBuilder out = new StringBuilder();
    for (XWPFTableRow row : table.getRows()) {
      StringBuilder line = new StringBuilder();
      for (XWPFTableCell cell : row.getTableCells()) {
        if (line.length() > 0) {
          line.append(CELL_SEPARATOR);
        }
        line.append(cellText(cell));
      }
      String l = line.toString().strip();
      if (!l.replace("|", "").isBlank()) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(l);
      }
    }
    return out.toString();
  }

  /** A cell on one line: its paragraphs joined by spaces, a nested table's rows by semicolons. */
  private static String cellText(XWPFTableCell cell) {
    List<String> parts = new ArrayList<>();
    for (IBodyElement e : cell.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        parts.add(paragraphText(p).strip());
      } else if (e instanceof XWPFTable t) {
        parts.add(tableText(t).replace("\n", "; "));
      }
    }
    return String.join(" ", parts).replaceAll("\\s+", " ").strip();
  }
}
