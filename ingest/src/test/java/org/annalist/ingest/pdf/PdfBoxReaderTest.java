package org.annalist.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.annalist.ingest.DocumentFormat;
import org.annalist.ingest.DocumentReaders;
import org.annalist.ingest.DocumentText;
import org.annalist.ingest.ReadOptions;
import org.annalist.ingest.TestDocs;
import org.annalist.ingest.UnreadableDocumentException;
import org.junit.jupiter.api.Test;

class PdfBoxReaderTest {
  private static DocumentText read(byte[] pdf) throws Exception {
    return DocumentReaders.standard().read(pdf, "report.pdf", ReadOptions.defaults());
  }

  /** Three pages under a running header and numbered footer, with words broken at line ends. */
  static byte[] threePages() {
    return TestDocs.pdf().header("Annual Report of the Northern Command").footer("Page %d of %d")
        .page()
        .line("The army marched north through Lithu-")
        .line("ania in the spring, and the Soviet-")
        .line("Lithuanian border was crossed on 22 June.")
        .gap(14)
        .line("A second paragraph tells of the well-known road and a long")
        .line("march that ended in a small town.")
        .page()
        .line("1. The first column reached the river.")
        .line("2. The second column waited for the well-")
        .line("known bridge to be repaired.")
        .gap(14)
        .line("The weather turned in the years 1939-")
        .line("1940, and the roads were closed.")
        .page()
        .line("The last page reports the return of the")
        .line("regiments to their winter quarters.")
        .build();
  }

  @Test
  void readsPagesInOrderWithoutRunningHeadersAndWithWordsJoined() throws Exception {
    DocumentText d = read(threePages());
    assertThat(d.text()).isEqualTo(
        "The army marched north through Lithuania in the spring, and the Soviet-Lithuanian border was crossed on 22 June.\n\n"
            + "A second paragraph tells of the well-known road and a long march that ended in a small town.\n\n"
            + "1. The first column reached the river.\n"
            + "2. The second column waited for the well-known bridge to be repaired.\n\n"
            + "The weather turned in the years 1939-1940, and the roads were closed.\n\n"
            + "The last page reports the return of the regiments to their winter quarters.");
    assertThat(d.format()).isEqualTo(DocumentFormat.PDF);
    assertThat(d.encoding()).isEmpty();
    assertThat(d.title()).as("the running header of page one, for want of a document title")
        .contains("Annual Report of the Northern Command");
  }

  @Test
  void aParagraphBrokenByThePageIsJoinedAgain() throws Exception {
    byte[] pdf = TestDocs.pdf().footer("- %d -")
        .page().line("The envoy arrived late in the evening and")
        .page().line("stayed for three days.").gap(14).line("Then he left.")
        .build();
    assertThat(read(pdf).text()).isEqualTo("The envoy arrived late in the evening and stayed for three days.\n\nThen he left.");
  }

  @Test
  void aLineThatOnlyResemblesAHeaderStays() throws Exception {
    byte[] pdf = TestDocs.pdf()
        .page().line("Article 4").line("Text of the fourth article.")
        .page().line("Article 9").line("Text of the ninth article.")
        .build();
    assertThat(read(pdf).text()).contains("Article 4", "Article 9");
  }

  @Test
  void theDocumentTitleComesFromTheInformationDictionary() throws Exception {
    byte[] pdf = TestDocs.pdf().line("Body text.").build();
    assertThat(read(pdf).title()).isEmpty();
  }

  @Test
  void aScanIsRefusedAsSuch() {
    assertThatThrownBy(() -> read(TestDocs.imageOnlyPdf(2))).isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("scanned PDF without a text layer (no OCR)");
  }

  @Test
  void encryptionWithoutAUserPasswordDoesNotStopReading() throws Exception {
    byte[] plain = TestDocs.pdf().line("Secret but readable.").build();
    assertThat(read(TestDocs.encrypt(plain, "")).text()).isEqualTo("Secret but readable.");
    assertThatThrownBy(() -> read(TestDocs.encrypt(plain, "user-secret")))
        .hasMessage("encrypted PDF that needs a password");
  }

  @Test
  void aDamagedPdfIsOneLineOfReason() {
    byte[] pdf = threePages();
    byte[] head = Arrays.copyOf(pdf, 40);
    assertThatThrownBy(() -> read(head)).isInstanceOf(UnreadableDocumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").isNotBlank());
  }
}
