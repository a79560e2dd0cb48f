package org.annalist.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One short report written out as HTML, PDF, DOCX, Markdown, UTF-16 text and windows-1252 text by
 * the code below: every reader must give back the same text, whatever the layout around it.
 */
public class SameReportInSixFormatsTest {
  static final String TITLE = "Report on the Northern Crossing";
  static final List<String> BEFORE = List.of(
      "On 14 March 1921 the Third Brigade under Colonel Émile Durand crossed the river at Varenfeld with 4,200 men and 12 guns.",
      "The crossing was delayed by ice; the engineers’ bridge – built in two days – held until the last wagon had passed.");
  static final List<String> ITEMS = List.of(
      "The First Battalion held the ford with 800 men.",
      "The Second Battalion marched to Oberlund by 16 March.",
      "Supplies for 30 days were left at Varenfeld.");
  static final String AFTER = "Casualties were light: 17 killed and 54 wounded, according to the brigade’s own count, "
      + "and the enemy withdrew towards the hills before the end of the month.";

  /** The report as plain text: what every reader should give back, up to whitespace. */
  static String plain() {
    StringBuilder sb = new StringBuilder(TITLE).append("\n\n");
    BEFORE.forEach(p -> sb.append(p).append("\n\n"));
    for (int i = 0; i < ITEMS.size(); i++) {
      sb.append(i + 1).append(". ").append(ITEMS.get(i)).append('\n');
    }
    return sb.append('\n').append(AFTER).append('\n').toString();
  }

  static byte[] html() {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        .append(TITLE).append("</title><script>document.write('x');</script></head><body>")
        .append("<nav><a href=\"/\">Archive home</a> | <a href=\"/search\">Search</a></nav>")
        .append("<h1>").append(TITLE).append("</h1>");
    BEFORE.forEach(p -> sb.append("<p>").append(p.replace("–", "&ndash;").replace("14 March", "14&nbsp;March")).append("</p>\n"));
    sb.append("<ol>");
    ITEMS.forEach(i -> sb.append("<li>").append(i).append("</li>"));
    sb.append("</ol><p>").append(AFTER.replace(" and ", "\n  and ")).append("</p>")
        .append("<footer>Published by the archive</footer></body></html>");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] pdf() {
    TestDocs.PdfBuilder b = TestDocs.pdf().footer("Page %d of %d").page().line(TITLE, 16).gap(12);
    BEFORE.forEach(b::paragraph);
    for (int i = 0; i < ITEMS.size(); i++) {
      b.line((i + 1) + ". " + ITEMS.get(i));
    }
    b.gap(10);
    List<String> lines = TestDocs.wrap(AFTER, 11);
    b.line(lines.get(0)).page(); // the last paragraph runs over onto the second page
    lines.subList(1, lines.size()).forEach(b::line);
    return b.build();
  }

  static byte[] docx() {
    return TestDocs.docx(doc -> {
      doc.getProperties().getCoreProperties().setTitle(TITLE);
      TestDocs.paragraph(doc, TITLE).setStyle("Title");
      BEFORE.forEach(p -> TestDocs.paragraph(doc, p));
      BigInteger list = TestDocs.numbering(doc, new String[] {"decimal"}, new String[] {"%1."});
      ITEMS.forEach(i -> TestDocs.item(doc, list, 0, i));
      TestDocs.paragraph(doc, AFTER);
    });
  }

  static byte[] markdown() {
    StringBuilder sb = new StringBuilder("# ").append(TITLE).append("\n\n");
    BEFORE.forEach(p -> sb.append(p.replace("Colonel Émile Durand", "Colonel **Émile Durand**").replace("; ", ";\n")).append("\n\n"));
    ITEMS.forEach(i -> sb.append("1. ").append(i).append('\n'));
    sb.append('\n').append(AFTER.replace("the brigade’s own count", "[the brigade’s own count](notes.md#count)")).append('\n');
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] utf16() {
    return ("\uFEFF" + plain().replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_16LE);
  }

  static byte[] windows1252() {
    return plain().getBytes(Charset.forName("windows-1252"));
  }

  /** The six files, by name; for the command line's test of the same report in every format. */
  public static Map<String, byte[]> files() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("report.html", html());
    files.put("report.pdf", pdf());
    files.put("report.docx", docx());
    files.put("report.md", markdown());
    files.put("report-utf16.txt", utf16());
    files.put("report-cp1252.txt", windows1252());
    return files;
  }

  @Test
  void sixFormatsGiveTheSameText() throws Exception {
    Map<String, byte[]> files = files();
    List<String> facts = new ArrayList<>();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      DocumentText d = DocumentReaders.standard().read(f.getValue(), f.getKey(), ReadOptions.defaults());
      assertThat(TestDocs.squeeze(d.text())).as(f.getKey()).isEqualTo(TestDocs.squeeze(plain()));
      facts.add(f.getKey() + " " + d.format().id() + " " + d.encodingName() + " " + d.title().orElse("-"));
    }
    assertThat(facts).containsExactly(
        "report.html html UTF-8 " + TITLE,
        "report.pdf pdf  -",
        "report.docx docx  " + TITLE,
        "report.md markdown UTF-8 " + TITLE,
        "report-utf16.txt text UTF-16LE -",
        "report-cp1252.txt text windows-1252 -");
  }
}
