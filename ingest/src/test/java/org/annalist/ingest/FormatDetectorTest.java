package org.annalist.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {
  private final FormatDetector detector = new FormatDetector();

  private DocumentFormat detect(byte[] b, String name) throws UnreadableDocumentException {
    return detector.detect(b, name);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void bytesBeatTheExtension() throws Exception {
    byte[] pdf = TestDocs.pdf().line("Hello").build();
    assertThat(detect(pdf, "report.txt")).isEqualTo(DocumentFormat.PDF);
    byte[] docx = TestDocs.docx(d -> TestDocs.paragraph(d, "Hello"));
    assertThat(detect(docx, "report.bin")).isEqualTo(DocumentFormat.DOCX);
    assertThat(detect(TestDocs.odt(null, "", "<text:p>Hi</text:p>"), "x.zip")).isEqualTo(DocumentFormat.ODT);
    assertThat(detect(ascii("{\\rtf1\\ansi Hello}"), "letter.txt")).isEqualTo(DocumentFormat.RTF);
  }

  @Test
  void aWebPageSavedAsTextIsHtml() throws Exception {
    assertThat(detect(ascii("<!DOCTYPE html><html><head><title>T</title></head><body>x</body></html>"), "page.txt"))
        .isEqualTo(DocumentFormat.HTML);
    assertThat(detect(ascii("\n  <!-- saved --><html lang=\"en\"><body>x</body></html>"), "page.txt"))
        .isEqualTo(DocumentFormat.HTML);
    assertThat(detect(("\uFEFF<html><body>x</body></html>").getBytes(StandardCharsets.UTF_16LE), "page.txt"))
        .isEqualTo(DocumentFormat.HTML);
    assertThat(detect(ascii("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>"), "p"))
        .isEqualTo(DocumentFormat.HTML);
  }

  @Test
  void textThatMentionsTagsIsStillText() throws Exception {
    assertThat(detect(ascii("A note on the <html> element and <body> tags."), "note.txt")).isEqualTo(DocumentFormat.TEXT);
  }

  @Test
  void theExtensionDecidesOtherwise() throws Exception {
    assertThat(detect(ascii("# Title\n\ntext"), "notes.md")).isEqualTo(DocumentFormat.MARKDOWN);
    assertThat(detect(ascii("# Title"), "NOTES.MARKDOWN")).isEqualTo(DocumentFormat.MARKDOWN);
    assertThat(detect(ascii("<p>para"), "frag.htm")).isEqualTo(DocumentFormat.HTML);
    assertThat(detect(ascii("text"), "no-extension")).isEqualTo(DocumentFormat.TEXT);
    assertThat(detect(ascii("text"), "dir.v2/file")).isEqualTo(DocumentFormat.TEXT);
    assertThat(detect(ascii("not a pdf at all"), "fake.pdf")).isEqualTo(DocumentFormat.PDF);
  }

  @Test
  void plainlyForeignFilesAreRefusedWithWhatTheyAre() {
    assertThatThrownBy(() -> detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, "scan.pdf"))
        .hasMessage("not a document: a PNG image (no OCR)");
    assertThatThrownBy(() -> detect(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, "old.doc"))
        .hasMessageContaining(".doc");
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("photos/a.jpg", new byte[10]);
    assertThatThrownBy(() -> detect(TestDocs.zip(entries), "photos.zip")).hasMessageStartingWith("not a document: a zip archive");
  }

  @Test
  void zipEntryNamesComeFromTheDirectoryOrTheLocalHeaders() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("a.txt", ascii("a"));
    entries.put("word/document.xml", ascii("<w/>"));
    byte[] zip = TestDocs.zip(entries, "a.txt", "word/document.xml");
    assertThat(ZipGuard.entryNames(zip)).containsExactly("a.txt", "word/document.xml");
    byte[] cut = java.util.Arrays.copyOf(zip, zip.length - 30); // directory gone
    assertThat(ZipGuard.entryNames(cut)).containsExactly("a.txt", "word/document.xml");
  }
}
