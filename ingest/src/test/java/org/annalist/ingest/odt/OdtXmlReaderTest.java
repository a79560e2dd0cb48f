package org.annalist.ingest.odt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.ingest.DocumentFormat;
import org.annalist.ingest.DocumentReaders;
import org.annalist.ingest.DocumentText;
import org.annalist.ingest.ReadOptions;
import org.annalist.ingest.TestDocs;
import org.annalist.ingest.UnreadableDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OdtXmlReaderTest {
  private static DocumentText read(byte[] odt) throws Exception {
    return DocumentReaders.standard().read(odt, "minutes.odt", ReadOptions.defaults());
  }

  @Test
  void paragraphsListsAndTables() throws Exception {
    String styles = "<text:list-style style:name=\"L1\">"
        + "<text:list-level-style-number text:level=\"1\" style:num-format=\"1\" style:num-suffix=\".\"/>"
        + "<text:list-level-style-number text:level=\"2\" style:num-format=\"a\" style:num-suffix=\")\"/>"
        + "</text:list-style>"
        + "<text:list-style style:name=\"L2\"><text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\"/></text:list-style>";
    String body = "<text:h text:outline-level=\"1\">Minutes of the council</text:h>"
        + "<text:p>The council met<text:s text:c=\"3\"/>at noon.<text:note><text:note-body><text:p>A footnote.</text:p></text:note-body></text:note></text:p>"
        + "<text:list text:style-name=\"L1\">"
        + "<text:list-item><text:p>Roads.</text:p>"
        + "<text:list><text:list-item><text:p>North road.</text:p></text:list-item><text:list-item><text:p>South road.</text:p></text:list-item></text:list>"
        + "</text:list-item>"
        + "<text:list-item><text:p>Bridges.</text:p></text:list-item></text:list>"
        + "<text:list text:style-name=\"L2\"><text:list-item><text:p>A bullet.</text:p></text:list-item></text:list>"
        + "<table:table><table:table-row><table:table-cell><text:p>Town</text:p></table:table-cell>"
        + "<table:table-cell><text:p>Men</text:p></table:table-cell></table:table-row>"
        + "<table:table-row><table:table-cell><text:p>Upper</text:p><text:p>Mill</text:p></table:table-cell>"
        + "<table:table-cell><text:p>300</text:p></table:table-cell></table:table-row></table:table>"
        + "<text:p>Closed<text:tab/>at one.</text:p>";
    DocumentText d = read(TestDocs.odt("Council minutes", styles, body));
    assertThat(d.text()).isEqualTo("Minutes of the council\n\nThe council met   at noon.\n\n"
        + "1. Roads.\na) North road.\nb) South road.\n2. Bridges.\nA bullet.\nTown | Men\nUpper Mill | 300\n\nClosed\tat one.");
    assertThat(d.title()).contains("Council minutes");
    assertThat(d.format()).isEqualTo(DocumentFormat.ODT);
  }

  @Test
  void withoutMetadataTheFirstBlockIsTheTitle() throws Exception {
    assertThat(read(TestDocs.odt(null, "", "<text:p>Report</text:p><text:p>Body</text:p>")).title()).contains("Report");
  }

  @Test
  void externalEntitiesAreNotResolved(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-CONTENT");
    String doctype = "<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
    byte[] odt = TestDocs.odt(null, doctype, "", "<text:p>before &xxe; after</text:p>");
    assertThatThrownBy(() -> read(odt)).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageStartingWith("damaged ODT file").satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRET"));
  }
}
