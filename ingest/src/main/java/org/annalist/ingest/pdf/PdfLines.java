package org.annalist.ingest.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDFBox's text stripper, asked for lines rather than one string: the text of each page as lines
 * in reading order, each marked where PDFBox sees a new paragraph (a larger gap or an indent).
 * The marks are taken from where the stripper writes its paragraph starts, so no marker
 * characters have to travel through the text. One instance per document.
 */
final class PdfLines extends PDFTextStripper {
  /** A line of a page; {@code paragraphStart} when a new paragraph begins with it. */
  record Line(String text, boolean paragraphStart) { }

  private final StringWriter out = new StringWriter();
  private final List<Integer> paragraphStarts = new ArrayList<>();
  private final List<Integer> pageEnds = new ArrayList<>();

  private PdfLines() throws IOException {
    setLineSeparator("\n");
    setWordSeparator(" ");
    setParagraphStart("");
    setParagraphEnd("");
    setPageStart("");
    setPageEnd("");
  }

  /** The lines of every page, in page order. */
  static List<List<Line>> of(PDDocument document) throws IOException {
    PdfLines stripper = new PdfLines();
    stripper.writeText(document, stripper.out);
    return stripper.pages();
  }

  @Override
  protected void writeParagraphStart() throws IOException {
    super.writeParagraphStart();
    paragraphStarts.add(out.getBuffer().length());
  }

  @Override
  protected void endPage(PDPage page) throws IOException {
    super.endPage(page);
    pageEnds.add(out.getBuffer().length());
  }

  private List<List<Line>> pages() {
    String all = out.toString();
    List<List<Line>> pages = new ArrayList<>();
    int start = 0;
    int p = 0;
    for (int end : pageEnds) {
      List<Line> lines = new ArrayList<>();
      boolean carried = false; // a paragraph mark on an empty line goes to the next one
      int lineStart = start;
      while (lineStart < end) {
        int nl = all.indexOf('\n', lineStart);
        int lineEnd = nl < 0 || nl > end ? end : nl;
        boolean paragraph = carried;
        while (p < paragraphStarts.size() && paragraphStarts.get(p) <= lineEnd) {
          paragraph |= paragraphStarts.get(p) >= lineStart;
          p++;
        }
        String text = all.substring(lineStart, lineEnd).strip();
        if (!text.isEmpty()) {
          lines.add(new Line(text, paragraph));
        }
        carried = text.isEmpty() && paragraph;
        lineStart = lineEnd + 1;
      }
      pages.add(lines);
      start = end;
    }
    return pages;
  }
}
