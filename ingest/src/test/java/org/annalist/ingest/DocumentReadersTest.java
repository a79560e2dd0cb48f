package org.annalist.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReadersTest {
  private final DocumentReaders readers = DocumentReaders.standard();

  @Test
  void everyFormatHasExactlyOneRegisteredReader() {
    for (DocumentFormat f : DocumentFormat.values()) {
      assertThat(readers.readerFor(f).formats()).contains(f);
    }
    DocumentReader text = readers.readerFor(DocumentFormat.TEXT);
    assertThatThrownBy(() -> new DocumentReaders(List.of(text, text))).hasMessageContaining("two readers for TEXT");
    assertThatThrownBy(() -> new DocumentReaders(List.of(text))).hasMessageStartingWith("no reader for");
  }

  @Test
  void limitsAndEmptinessAreOneLineReasons(@TempDir Path dir) throws Exception {
    ReadOptions tiny = ReadOptions.defaults().withMaxDocumentBytes(1024);
    byte[] big = "word ".repeat(300).getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> readers.read(big, "big.txt", tiny)).hasMessage("file over --max-document-size (1 KB)");
    Path file = Files.write(dir.resolve("big.txt"), big);
    assertThatThrownBy(() -> readers.read(file, tiny)).hasMessage("file over --max-document-size (1 KB)");
    assertThatThrownBy(() -> readers.read(new ByteArrayInputStream(big), "big.txt", tiny))
        .hasMessage("file over --max-document-size (1 KB)");
    assertThat(ReadOptions.defaults().tooLargeReason()).isEqualTo("file over --max-document-size (64 MB)");

    assertThatThrownBy(() -> readers.read(new byte[0], "e.txt", ReadOptions.defaults())).hasMessage("empty file");
    assertThatThrownBy(() -> readers.read(" \n\t\r\n".getBytes(StandardCharsets.US_ASCII), "w.txt", ReadOptions.defaults()))
        .hasMessage("empty file (only whitespace)");
    assertThatThrownBy(() -> readers.read("<html><script>x()</script></html>".getBytes(StandardCharsets.US_ASCII), "s.html",
        ReadOptions.defaults())).hasMessage("no text in the document");
  }

  @Test
  void aReaderThatTripsIsReportedNotThrown() {
    DocumentReaders withBroken = withTextReader((bytes, name, options) -> {
      throw new IllegalStateException("index 7 out of bounds\nsecond line");
    });
    assertThatThrownBy(() -> withBroken.read("x".getBytes(StandardCharsets.US_ASCII), "x.txt", ReadOptions.defaults()))
        .isInstanceOf(UnreadableDocumentException.class).hasMessage("damaged TEXT file: index 7 out of bounds")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void aStackOverflowOrMissingClassInALibraryIsAReasonToo() {
    DocumentReaders deep = withTextReader((bytes, name, options) -> {
      throw new StackOverflowError();
    });
    assertThatThrownBy(() -> deep.read("x".getBytes(StandardCharsets.US_ASCII), "x.txt", ReadOptions.defaults()))
        .hasMessage("TEXT structure nested too deeply to read");
    DocumentReaders lacking = withTextReader((bytes, name, options) -> {
      throw new NoClassDefFoundError("org/openxmlformats/schemas/Rare");
    });
    assertThatThrownBy(() -> lacking.read("x".getBytes(StandardCharsets.US_ASCII), "x.txt", ReadOptions.defaults()))
        .hasMessage("TEXT file uses a feature this build cannot read: org/openxmlformats/schemas/Rare");
  }

  /** The standard readers with the plain-text one replaced. */
  private DocumentReaders withTextReader(TextRead read) {
    List<DocumentReader> all = new ArrayList<>();
    for (DocumentFormat f : DocumentFormat.values()) {
      if (f != DocumentFormat.TEXT && !all.contains(readers.readerFor(f))) {
        all.add(readers.readerFor(f));
      }
    }
    all.add(new DocumentReader() {
      @Override
      public Set<DocumentFormat> formats() {
        return Set.of(DocumentFormat.TEXT);
      }

      @Override
      public DocumentText read(byte[] bytes, String fileName, ReadOptions options) throws UnreadableDocumentException {
        return read.read(bytes, fileName, options);
      }
    });
    return new DocumentReaders(all);
  }

  @FunctionalInterface
  private interface TextRead {
    DocumentText read(byte[] bytes, String fileName, ReadOptions options) throws UnreadableDocumentException;
  }

  @Test
  void lineEndsAreLfAndTitlesOneLine() {
    DocumentText t = new DocumentText("a\r\nb\rc\u2028d", java.util.Optional.of("  A\n title  "), DocumentFormat.TEXT,
        java.util.Optional.empty());
    assertThat(t.text()).isEqualTo("a\nb\nc\nd");
    assertThat(t.title()).contains("A title");
    assertThat(new DocumentText("x", java.util.Optional.of(" \n "), DocumentFormat.TEXT, java.util.Optional.empty()).title())
        .isEmpty();
    String longTitle = "word ".repeat(200);
    assertThat(new DocumentText("x", java.util.Optional.of(longTitle), DocumentFormat.TEXT, java.util.Optional.empty()).title().get())
        .hasSizeLessThanOrEqualTo(DocumentText.MAX_TITLE).endsWith("…");
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    List<byte[]> docs = List.of(
        "<html><title>T</title><body><ol><li>one</li><li>two</li></ol></body></html>".getBytes(StandardCharsets.UTF_8),
        TestDocs.pdf().footer("%d").page().line("First page text.").page().line("Second page text.").build(),
        TestDocs.docx(d -> TestDocs.item(d, TestDocs.numbering(d, new String[] {"decimal"}, new String[] {"%1."}), 0, "Item")),
        "Genève – “quoted”".getBytes(java.nio.charset.Charset.forName("windows-1252")));
    String[] names = {"a.html", "b.pdf", "c.docx", "d.txt"};
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      expected.add(readers.read(docs.get(i), names[i], ReadOptions.defaults()).text());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int round = 0; round < 20; round++) {
        for (int i = 0; i < docs.size(); i++) {
          int k = i;
          results.add(pool.submit(() -> readers.read(docs.get(k), names[k], ReadOptions.defaults()).text()));
        }
      }
      for (int r = 0; r < results.size(); r++) {
        assertThat(results.get(r).get()).isEqualTo(expected.get(r % docs.size()));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected).containsExactly("1. one\n2. two", "First page text.\n\nSecond page text.", "1. Item", "Genève – “quoted”");
  }
}
