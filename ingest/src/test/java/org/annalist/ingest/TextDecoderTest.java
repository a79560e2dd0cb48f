package org.annalist.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.annalist.ingest.TextEncoding.Evidence;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String LATIN = "The envoy’s letter – dated 3 May – reached Genève; “très bien”, said Müller.";
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private static DecodedText decode(byte[] b) throws UnreadableDocumentException {
    return TextDecoder.decode(b, ReadOptions.defaults());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  @Test
  void byteOrderMarksDecideAndAreDropped() throws Exception {
    DecodedText utf8 = decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, LATIN.getBytes(StandardCharsets.UTF_8)));
    assertThat(utf8.text()).isEqualTo(LATIN);
    assertThat(utf8.encoding()).isEqualTo(new TextEncoding(StandardCharsets.UTF_8, Evidence.BYTE_ORDER_MARK));

    DecodedText le = decode(("\uFEFF" + LATIN).getBytes(StandardCharsets.UTF_16LE));
    assertThat(le.text()).isEqualTo(LATIN);
    assertThat(le.encoding().name()).isEqualTo("UTF-16LE");

    DecodedText be = decode(("\uFEFF" + LATIN).getBytes(StandardCharsets.UTF_16BE));
    assertThat(be.text()).isEqualTo(LATIN);
    assertThat(be.encoding().name()).isEqualTo("UTF-16BE");

    DecodedText utf32 = decode(("\uFEFF" + LATIN).getBytes(Charset.forName("UTF-32LE")));
    assertThat(utf32.text()).isEqualTo(LATIN);
    assertThat(utf32.encoding().name()).isEqualTo("UTF-32LE");
  }

  @Test
  void utf16WithoutMarkIsToldByItsNulBytes() throws Exception {
    DecodedText le = decode(LATIN.getBytes(StandardCharsets.UTF_16LE));
    assertThat(le.text()).isEqualTo(LATIN);
    assertThat(le.encoding()).isEqualTo(new TextEncoding(StandardCharsets.UTF_16LE, Evidence.NUL_PATTERN));
    DecodedText be = decode(LATIN.getBytes(StandardCharsets.UTF_16BE));
    assertThat(be.text()).isEqualTo(LATIN);
    assertThat(be.encoding().evidence()).isEqualTo(Evidence.NUL_PATTERN);
  }

  @Test
  void validUtf8IsUtf8() throws Exception {
    DecodedText t = decode(LATIN.getBytes(StandardCharsets.UTF_8));
    assertThat(t.text()).isEqualTo(LATIN);
    assertThat(t.encoding()).isEqualTo(new TextEncoding(StandardCharsets.UTF_8, Evidence.VALID_UTF8));
    assertThat(decode("plain ASCII".getBytes(StandardCharsets.US_ASCII)).encoding().name()).isEqualTo("UTF-8");
  }

  @Test
  void windows1252IsDetectedEvenWhenShort() throws Exception {
    DecodedText t = decode(LATIN.getBytes(CP1252));
    assertThat(t.text()).isEqualTo(LATIN);
    assertThat(t.encoding()).isEqualTo(new TextEncoding(CP1252, Evidence.DETECTED));
  }

  @Test
  void latin1IsReadAndReportedAsWindows1252() throws Exception {
    String s = "Café au lait à Besançon, naïve élève.";
    DecodedText t = decode(s.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(t.text()).isEqualTo(s);
    assertThat(t.encoding().name()).isEqualTo("windows-1252");
    // forced ISO-8859-1 reads 0x93/0x94 as the curly quotes windows-1252 has there
    DecodedText forced = TextDecoder.decode(new byte[] {(byte) 0x93, 'a', (byte) 0x94},
        ReadOptions.defaults().withEncoding(StandardCharsets.ISO_8859_1));
    assertThat(forced.text()).isEqualTo("“a”");
    assertThat(forced.encoding()).isEqualTo(new TextEncoding(CP1252, Evidence.FORCED));
  }

  @Test
  void cyrillicInWindows1251IsDetected() throws Exception {
    // two sentences: on one alone the detector may still take it for Mac Cyrillic
    String s = "Войска двинулись на юг; три тысячи человек остались в городе до весны. "
        + "Командир полка написал, что погода была холодной, а дороги плохими.";
    DecodedText t = decode(s.getBytes(Charset.forName("windows-1251")));
    assertThat(t.text()).isEqualTo(s);
    assertThat(t.encoding().name()).isEqualTo("windows-1251");
  }

  @Test
  void forcedEncodingWins() throws Exception {
    byte[] utf8 = "Genève".getBytes(StandardCharsets.UTF_8);
    DecodedText t = TextDecoder.decode(utf8, ReadOptions.defaults().withEncoding(CP1252));
    assertThat(t.text()).isEqualTo("GenÃ¨ve");
    assertThat(t.encoding().evidence()).isEqualTo(Evidence.FORCED);
    // a forced UTF-16 reads its own mark
    DecodedText le = TextDecoder.decode(("\uFEFF" + "abc").getBytes(StandardCharsets.UTF_16LE),
        ReadOptions.defaults().withEncoding(StandardCharsets.UTF_16));
    assertThat(le.text()).isEqualTo("abc");
  }

  @Test
  void aFewStrayBytesInUtf8AreReplacedNotMisread() throws Exception {
    byte[] good = "Ærø and Genève and Zürich and Kraków are named here. ".repeat(4).getBytes(StandardCharsets.UTF_8);
    byte[] bad = concat(good, new byte[] {(byte) 0xFF, 'x'});
    DecodedText t = decode(bad);
    assertThat(t.encoding()).isEqualTo(new TextEncoding(StandardCharsets.UTF_8, Evidence.UTF8_WITH_ERRORS));
    assertThat(t.text()).startsWith("Ærø and Genève").endsWith("\uFFFDx");
  }

  @Test
  void declaredEncodingComesAfterValidUtf8() throws Exception {
    byte[] cp = "Genève".getBytes(CP1252);
    assertThat(TextDecoder.decode(cp, ReadOptions.defaults(), Optional.of(CP1252)).encoding())
        .isEqualTo(new TextEncoding(CP1252, Evidence.DECLARED));
    byte[] utf8 = "Genève".getBytes(StandardCharsets.UTF_8);
    assertThat(TextDecoder.decode(utf8, ReadOptions.defaults(), Optional.of(CP1252)).encoding().evidence())
        .isEqualTo(Evidence.VALID_UTF8);
  }

  @Test
  void binaryIsRefused() {
    byte[] b = new byte[4096];
    new java.util.Random(7).nextBytes(b);
    assertThatThrownBy(() -> decode(b)).isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("not a document: binary data");
  }

  @Test
  void undetectableEncodingIsRefusedWithAHint() {
    // isolated high bytes in otherwise ASCII text: not UTF-8, and too little for a verdict
    byte[] b = {'a', 'b', (byte) 0xC0, 'c', (byte) 0xF5, 'd'};
    assertThatThrownBy(() -> decode(b)).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("--encoding");
  }

  @Test
  void nulPaddingIsDropped() throws Exception {
    byte[] b = concat("A line of text that was padded.\n".repeat(10).getBytes(StandardCharsets.US_ASCII), new byte[8]);
    DecodedText t = decode(b);
    assertThat(t.text()).doesNotContain("\0").endsWith("padded.\n");
  }

  @Test
  void utf8ScannerFollowsRfc3629() {
    assertThat(TextDecoder.scanUtf8("aé€😀".getBytes(StandardCharsets.UTF_8))).containsExactly(3, 0);
    assertThat(TextDecoder.scanUtf8(new byte[] {(byte) 0xC0, (byte) 0xAF})[1]).as("overlong").isPositive();
    assertThat(TextDecoder.scanUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})[1]).as("surrogate").isPositive();
    assertThat(TextDecoder.scanUtf8(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})[1]).as("above U+10FFFF").isPositive();
    assertThat(TextDecoder.scanUtf8(new byte[] {'a', (byte) 0xE2, (byte) 0x82})).as("truncated").containsExactly(0, 1);
  }
}
