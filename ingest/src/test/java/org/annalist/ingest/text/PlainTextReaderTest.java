package org.annalist.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.annalist.ingest.DocumentFormat;
import org.annalist.ingest.DocumentReaders;
import org.annalist.ingest.DocumentText;
import org.annalist.ingest.ReadOptions;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {
  @Test
  void textIsKeptAsIsWithLfLineEnds() throws Exception {
    byte[] b = "# not a heading\r\n*not emphasis*\rlast\n".getBytes(StandardCharsets.UTF_8);
    DocumentText d = DocumentReaders.standard().read(b, "plain.txt", ReadOptions.defaults());
    assertThat(d.text()).isEqualTo("# not a heading\n*not emphasis*\nlast\n");
    assertThat(d.title()).isEmpty();
    assertThat(d.format()).isEqualTo(DocumentFormat.TEXT);
    assertThat(d.encodingName()).isEqualTo("UTF-8");
  }
}
