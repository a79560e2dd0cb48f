package org.annalist.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * Limits and choices for reading one document; immutable, so one instance serves every thread.
 *
 * @param maxDocumentBytes the largest file read, in bytes; a larger one is refused before it is
 *                         parsed. Default {@value #DEFAULT_MAX_DOCUMENT_BYTES} (64 MB): generous for
 *                         text (a 64 MB text is some 10 million words), and it bounds what one
 *                         document can cost a batch
 * @param maxExpandedBytes the most bytes a zip-based document (DOCX, ODT) may expand to, all
 *                         entries together; beyond it the document is refused as a likely zip bomb.
 *                         Default {@value #DEFAULT_MAX_EXPANDED_BYTES} (256 MB), room for a Word
 *                         file with many images
 * @param encoding         a character encoding that overrides detection for text formats (plain
 *                         text, Markdown, HTML); empty to detect
 */
public record ReadOptions(long maxDocumentBytes, long maxExpandedBytes, Optional<Charset> encoding) {
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;
  public static final long DEFAULT_MAX_EXPANDED_BYTES = 256L * 1024 * 1024;

  public ReadOptions {
    Objects.requireNonNull(encoding, "encoding");
    if (maxDocumentBytes < 1 || maxDocumentBytes > Integer.MAX_VALUE - 8) {
      // the whole file is held in one byte array
      throw new IllegalArgumentException("maxDocumentBytes out of range: " + maxDocumentBytes);
    }
    if (maxExpandedBytes < 1) {
      throw new IllegalArgumentException("maxExpandedBytes must be positive: " + maxExpandedBytes);
    }
  }

  public static ReadOptions defaults() {
    return new ReadOptions(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_EXPANDED_BYTES, Optional.empty());
  }

  public ReadOptions withMaxDocumentBytes(long bytes) {
    return new ReadOptions(bytes, maxExpandedBytes, encoding);
  }

  public ReadOptions withMaxExpandedBytes(long bytes) {
    return new ReadOptions(maxDocumentBytes, bytes, encoding);
  }

  public ReadOptions withEncoding(Charset charset) {
    return new ReadOptions(maxDocumentBytes, maxExpandedBytes, Optional.of(charset));
  }

  /** The reason given for a file over {@link #maxDocumentBytes()}. */
  public String tooLargeReason() {
    return "file over --max-document-size (" + describeSize(maxDocumentBytes) + ")";
  }

  /** Reads a stream to its end, refusing it once it passes {@link #maxDocumentBytes()}. */
  public static byte[] readBounded(InputStream in, ReadOptions options) throws IOException, UnreadableDocumentException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    for (int n; (n = in.read(buf)) > 0; ) {
      total += n;
      if (total > options.maxDocumentBytes()) {
        throw new UnreadableDocumentException(options.tooLargeReason());
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /** A size for people: "64 MB", "1.5 MB", "12 KB", "300 bytes" (binary multiples). */
  public static String describeSize(long bytes) {
    if (bytes >= 1024L * 1024) {
      return trim(bytes / (1024.0 * 1024)) + " MB";
    }
    if (bytes >= 1024) {
      return trim(bytes / 1024.0) + " KB";
    }
    return bytes + " bytes";
  }

  private static String trim(double v) {
    long whole = Math.round(v * 10);
    return whole % 10 == 0 ? Long.toString(whole / 10) : (whole / 10) + "." + (whole % 10);
  }
}
