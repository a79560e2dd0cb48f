package org.annalist.ingest.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.annalist.ingest.DocumentFormat;
import org.annalist.ingest.DocumentReaders;
import org.annalist.ingest.DocumentText;
import org.annalist.ingest.HostileCorpus;
import org.annalist.ingest.ReadOptions;
import org.annalist.ingest.TestDocs;
import org.annalist.ingest.UnreadableDocumentException;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class XwpfDocxReaderTest {
  private static DocumentText read(byte[] docx) throws Exception {
    return DocumentReaders.standard().read(docx, "report.docx", ReadOptions.defaults());
  }

  @Test
  void paragraphsAndTablesInOrder() throws Exception {
    byte[] docx = TestDocs.docx(doc -> {
      doc.getProperties().getCoreProperties().setTitle("Orders of the Day");
      TestDocs.paragraph(doc, "The first paragraph.");
      XWPFTable t = doc.createTable(3, 2);
      String[][] cells = {{"Unit", "Men"}, {"First Regiment", "1,200"}, {"Second Regiment", "950"}};
      for (int r = 0; r < 3; r++) {
        for (int c = 0; c < 2; c++) {
          t.getRow(r).getCell(c).setText(cells[r][c]);
        }
      }
      TestDocs.paragraph(doc, "After\tthe table.");
    });
    DocumentText d = read(docx);
    assertThat(d.text()).isEqualTo("The first paragraph.\n\nUnit | Men\nFirst Regiment | 1,200\nSecond Regiment | 950\n\nAfter\tthe table.");
    assertThat(d.title()).contains("Orders of the Day");
    assertThat(d.format()).isEqualTo(DocumentFormat.DOCX);
    assertThat(d.encoding()).isEmpty();
  }

  @Test
  void numberedParagraphsGetTheNumbersWordShows() throws Exception {
    byte[] docx = TestDocs.docx(doc -> {
      BigInteger list = TestDocs.numbering(doc, new String[] {"decimal", "lowerLetter", "lowerRoman"},
          new String[] {"%1.", "%2)", "(%3)"});
      TestDocs.paragraph(doc, "Terms of the agreement:");
      TestDocs.item(doc, list, 0, "The first term.");
      TestDocs.item(doc, list, 1, "A sub-term.");
      TestDocs.item(doc, list, 1, "Another sub-term.");
      TestDocs.item(doc, list, 2, "A detail.");
      TestDocs.item(doc, list, 0, "The second term.");
      TestDocs.item(doc, list, 1, "Its sub-term.");
      BigInteger outline = TestDocs.numbering(doc, new String[] {"upperRoman", "decimal"}, new String[] {"%1.", "%1.%2."});
      TestDocs.item(doc, outline, 0, "Part one");
      TestDocs.item(doc, outline, 1, "Section");
      TestDocs.item(doc, outline, 1, "Section");
      TestDocs.item(doc, TestDocs.restart(doc, list), 0, "A new list starts at one.");
      BigInteger bullets = TestDocs.numbering(doc, new String[] {"bullet"}, new String[] {"•"});
      TestDocs.item(doc, bullets, 0, "A bullet has no number.");
    });
    assertThat(read(docx).text()).isEqualTo("Terms of the agreement:\n\n"
        + "1. The first term.\na) A sub-term.\nb) Another sub-term.\n(i) A detail.\n2. The second term.\na) Its sub-term.\n"
        + "I. Part one\nI.1. Section\nI.2. Section\n1. A new list starts at one.\nA bullet has no number.");
  }

  @Test
  void withoutCorePropertiesTheFirstParagraphIsTheTitle() throws Exception {
    byte[] docx = TestDocs.docx(doc -> {
      TestDocs.paragraph(doc, "");
      TestDocs.paragraph(doc, "Memorandum on supplies");
      TestDocs.paragraph(doc, "Body.");
    });
    assertThat(read(docx).title()).contains("Memorandum on supplies");
  }

  @Test
  void aZipBombIsRefusedBeforePoiInflatesIt() throws Exception {
    byte[] bomb = HostileCorpus.zipBomb(64L * 1024 * 1024);
    ReadOptions small = ReadOptions.defaults().withMaxExpandedBytes(16L * 1024 * 1024);
    assertThatThrownBy(() -> DocumentReaders.standard().read(bomb, "bomb.docx", small))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("DOCX expands to over 16 MB (zip bomb?)");
  }

  @Test
  void aDamagedDocxIsOneLineOfReason() {
    byte[] docx = TestDocs.docx(doc -> TestDocs.paragraph(doc, "text"));
    byte[] cut = java.util.Arrays.copyOf(docx, docx.length / 2);
    assertThatThrownBy(() -> read(cut)).isInstanceOf(UnreadableDocumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).startsWith("damaged DOCX file").doesNotContain("\n"));
  }
}
