package org.annalist.ingest.rtf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.annalist.ingest.DocumentFormat;
import org.annalist.ingest.DocumentReaders;
import org.annalist.ingest.DocumentText;
import org.annalist.ingest.ReadOptions;
import org.junit.jupiter.api.Test;

class SwingRtfReaderTest {
  @Test
  void readsTheBodyText() throws Exception {
    String rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}"
        + "\\f0\\fs24 The envoy reached Gen\\'e8ve \\u8212? late.\\par Second paragraph.\\par}";
    DocumentText d = DocumentReaders.standard().read(rtf.getBytes(StandardCharsets.US_ASCII), "letter.rtf", ReadOptions.defaults());
    assertThat(d.text()).isEqualTo("The envoy reached Genève — late.\nSecond paragraph.");
    assertThat(d.format()).isEqualTo(DocumentFormat.RTF);
  }
}
