package org.annalist.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a text file into text, choosing the encoding by evidence, strongest first:
 * <ol>
 *   <li>the encoding the user forced;</li>
 *   <li>a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);</li>
 *   <li>NUL bytes in every other position: UTF-16 without a mark;</li>
 *   <li>valid UTF-8 (which includes plain ASCII): UTF-8;</li>
 *   <li>the document's own declaration (an HTML {@code <meta charset>}), when the caller found one;</li>
 *   <li>mostly valid UTF-8 (at least twice as many valid multi-byte sequences as invalid ones): UTF-8,
 *       the invalid bytes become U+FFFD;</li>
 *   <li>juniversalchardet, only when it reaches a verdict (it answers nothing when unsure).</li>
 * </ol>
 * Anything else is refused with a reason that suggests forcing an encoding. ISO-8859-1 and
 * US-ASCII verdicts become windows-1252, their superset (as browsers do), so the characters in
 * 0x80-0x9F (curly quotes, dashes) come out right. Files of mostly control bytes are refused as
 * binary. Stateless; the detector objects are made per call.
 */
public final class TextDecoder {
  /** Share of control bytes (NUL included) above which a file is binary, not text. */
  private static final double MAX_CONTROL_SHARE = 0.05;
  /** Bytes looked at for the UTF-16 NUL pattern. */
  private static final int NUL_PATTERN_SAMPLE = 64 * 1024;
  /** Bytes given to the statistical detector at most; its verdict settles long before. */
  private static final int DETECTOR_SAMPLE = 4 * 1024 * 1024;
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {
  }

  /** Decodes with no declared encoding. */
  public static DecodedText decode(byte[] bytes, ReadOptions options) throws UnreadableDocumentException {
    return decode(bytes, options, Optional.empty());
  }

  /**
   * Decodes {@code bytes}.
   *
   * @param declared the encoding the document declares itself, if any
   * @throws UnreadableDocumentException for binary data or an encoding that cannot be told
   */
  public static DecodedText decode(byte[] bytes, ReadOptions options, Optional<Charset> declared)
      throws UnreadableDocumentException {
    if (options.encoding().isPresent()) {
      Charset forced = latin1AsWindows1252(options.encoding().get());
      DecodedText t = clean(lenient(bytes, bomLength(bytes, forced), forced), forced, TextEncoding.Evidence.FORCED);
      requireText(t.text());
      return t;
    }
    Optional<Charset> bom = byteOrderMark(bytes);
    if (bom.isPresent()) {
      Charset cs = bom.get();
      return clean(lenient(bytes, bomLength(bytes, cs), cs), cs, TextEncoding.Evidence.BYTE_ORDER_MARK);
    }
    Optional<Charset> utf16 = nulPattern(bytes);
    if (utf16.isPresent()) {
      DecodedText t = clean(lenient(bytes, 0, utf16.get()), utf16.get(), TextEncoding.Evidence.NUL_PATTERN);
      requireText(t.text());
      return t;
    }
    requireNotBinary(bytes);
    int[] scan = scanUtf8(bytes);
    int validMultibyte = scan[0];
    int malformed = scan[1];
    if (malformed == 0) {
      return clean(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, TextEncoding.Evidence.VALID_UTF8);
    }
    if (declared.isPresent()) {
      Charset cs = latin1AsWindows1252(declared.get());
      if (!cs.equals(StandardCharsets.UTF_8)) {
        return clean(lenient(bytes, 0, cs), cs, TextEncoding.Evidence.DECLARED);
      }
    }
    // stray bytes in text that is otherwise plainly UTF-8 (a file patched or concatenated): text in
    // a single-byte encoding hardly ever forms valid multi-byte sequences, so many of them, twice
    // as many as the invalid ones, mean UTF-8
    if (validMultibyte >= 3 && validMultibyte >= 2L * malformed) {
      return clean(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
          TextEncoding.Evidence.UTF8_WITH_ERRORS);
    }
    Optional<Charset> detected = detect(bytes);
    if (detected.isPresent()) {
      return clean(lenient(bytes, 0, detected.get()), detected.get(), TextEncoding.Evidence.DETECTED);
    }
    throw new UnreadableDocumentException("text is not UTF-8 and its encoding could not be detected with "
        + "confidence (" + malformed + " invalid UTF-8 sequences); force one with --encoding");
  }

  /**
   * The start of a text file decoded well enough to look for markup (a BOM or the UTF-16 pattern
   * honoured, else ISO-8859-1, which keeps ASCII as is); never fails.
   */
  public static String head(byte[] bytes, int maxBytes) {
    int n = Math.min(bytes.length, maxBytes) & ~3;
    byte[] part = java.util.Arrays.copyOf(bytes, n);
    Charset cs = byteOrderMark(bytes).or(() -> nulPattern(part)).orElse(StandardCharsets.ISO_8859_1);
    String s = lenient(part, bomLength(part, cs), cs);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** The encoding a byte-order mark announces. */
  static Optional<Charset> byteOrderMark(byte[] b) {
    if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
      return charset("UTF-32BE");
    }
    if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return charset("UTF-32LE");
    }
    if (starts(b, 0xEF, 0xBB, 0xBF)) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (starts(b, 0xFE, 0xFF)) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (starts(b, 0xFF, 0xFE)) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  private static int bomLength(byte[] b, Charset cs) {
    Optional<Charset> bom = byteOrderMark(b);
    if (bom.isEmpty()) {
      return 0;
    }
    if (!bom.get().equals(cs)) {
      return 0; // a different encoding, or one that reads its own mark (plain "UTF-16")
    }
    String n = cs.name();
    return n.startsWith("UTF-32") ? 4 : n.equals("UTF-8") ? 3 : 2;
  }

  /** Whether {@code b} starts with the given byte values (0-255). */
  static boolean starts(byte[] b, int... sig) {
    if (b.length < sig.length) {
      return false;
    }
    for (int i = 0; i < sig.length; i++) {
      if ((b[i] & 0xFF) != sig[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * UTF-16 without a byte-order mark: text in Latin scripts has a NUL in the high byte of nearly
   * every character, so NULs cluster at odd positions (little-endian) or even ones (big-endian).
   */
  static Optional<Charset> nulPattern(byte[] b) {
    int n = Math.min(b.length, NUL_PATTERN_SAMPLE) & ~1;
    if (n < 4) {
      return Optional.empty();
    }
    int even = 0;
    int odd = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) {
        even++;
      }
      if (b[i + 1] == 0) {
        odd++;
      }
    }
    int pairs = n / 2;
    if (odd >= pairs * 0.3 && even <= pairs * 0.02) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (even >= pairs * 0.3 && odd <= pairs * 0.02) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  private static void requireNotBinary(byte[] b) throws UnreadableDocumentException {
    long control = 0;
    for (byte x : b) {
      if ((x >= 0 && x < 0x20 && x != '\n' && x != '\r' && x != '\t' && x != '\f' && x != 0x1B) || x == 0x7F) {
        control++;
      }
    }
    if (control > b.length * MAX_CONTROL_SHARE) {
      throw new UnreadableDocumentException("not a document: binary data");
    }
  }

  private static void requireText(String decoded) throws UnreadableDocumentException {
    long bad = decoded.chars().filter(c -> c == 0xFFFD || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')).count();
    if (bad > decoded.length() * MAX_CONTROL_SHARE) {
      throw new UnreadableDocumentException("not a document: binary data");
    }
  }

  /**
   * Counts valid multi-byte sequences and malformed ones (RFC 3629: no overlong forms, no
   * surrogates, nothing above U+10FFFF). Returns {valid multi-byte, malformed}.
   */
  static int[] scanUtf8(byte[] b) {
    int valid = 0;
    int malformed = 0;
    int n = b.length;
    int i = 0;
    while (i < n) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int need;
      int lo = 0x80;
      int hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        lo = c == 0xE0 ? 0xA0 : 0x80;
        hi = c == 0xED ? 0x9F : 0xBF;
      } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        lo = c == 0xF0 ? 0x90 : 0x80;
        hi = c == 0xF4 ? 0x8F : 0xBF;
      } else {
        malformed++;
        i++;
        continue;
      }
      int k = 1;
      boolean ok = true;
      while (k <= need) {
        int cont = i + k < n ? b[i + k] & 0xFF : -1;
        int min = k == 1 ? lo : 0x80;
        int max = k == 1 ? hi : 0xBF;
        if (cont < min || cont > max) {
          ok = false;
          break;
        }
        k++;
      }
      if (ok) {
        valid++;
        i += need + 1;
      } else {
        malformed++;
        i += k; // resume at the byte that broke the sequence
      }
    }
    return new int[] {valid, malformed};
  }

  private static Optional<Charset> detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    int end = Math.min(bytes.length, DETECTOR_SAMPLE);
    for (int off = 0; off < end && !detector.isDone(); off += 64 * 1024) {
      detector.handleData(bytes, off, Math.min(64 * 1024, end - off));
    }
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name == null || name.equalsIgnoreCase("UTF-8")) {
      return Optional.empty(); // UTF-8 was ruled out above; a UTF-8 verdict here is a guess
    }
    return charset(name).map(TextDecoder::latin1AsWindows1252);
  }

  private static Charset latin1AsWindows1252(Charset cs) {
    return cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII) ? WINDOWS_1252 : cs;
  }

  private static Optional<Charset> charset(String name) {
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  /** Decodes, replacing what does not decode with U+FFFD. */
  private static String lenient(byte[] b, int from, Charset cs) {
    try {
      return cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(b, from, b.length - from)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder cannot fail", e);
    }
  }

  private static DecodedText clean(String s, Charset cs, TextEncoding.Evidence evidence) {
    String t = s.startsWith("\uFEFF") ? s.substring(1) : s;
    if (t.indexOf('\0') >= 0) {
      t = t.replace("\0", ""); // NUL padding of fixed-size records carries no text
    }
    return new DecodedText(t, new TextEncoding(latin1AsWindows1252(cs), evidence));
  }
}
