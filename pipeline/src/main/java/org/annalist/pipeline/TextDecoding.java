package org.annalist.pipeline;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.annalist.model.SourceDocument;

/**
 * Bytes to a {@link SourceDocument}: strict UTF-8 (a byte-order mark dropped), line ends normalized
 * to LF so character offsets count in that text; empty, binary and non-UTF-8 input is refused with a
 * one-line reason.
 */
final class TextDecoding {
  private TextDecoding() { }

  /** Why a document cannot be read, in one line. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  static Optional<SourceDocument> decode(String docId, String shown, byte[] bytes, String sha256) throws Unreadable {
    String problem = problem(bytes);
    if (problem != null) {
      throw new Unreadable(problem);
    }
    String text = utf8(bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new Unreadable("empty file (only whitespace)");
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    return Optional.of(new SourceDocument(docId, SourceDocument.titleOf(text), shown, sha256, text));
  }

  static String problem(byte[] bytes) {
    if (bytes.length == 0) {
      return "empty file";
    }
    int control = 0;
    for (byte b : bytes) {
      if (b == 0) {
        return "binary file (contains NUL bytes), not text";
      }
      if (b >= 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (control > bytes.length / 20) {
      return "binary file (mostly control characters), not text";
    }
    return null;
  }

  /** Strict UTF-8 decoding; the message names the byte offset of the first bad sequence. */
  static String utf8(byte[] bytes) throws Unreadable {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = d.decode(in, out, true);
    if (!r.isError()) {
      r = d.flush(out);
    }
    if (r.isError()) {
      throw new Unreadable("not valid UTF-8 text: invalid byte sequence at byte " + in.position());
    }
    return out.flip().toString();
  }
}
