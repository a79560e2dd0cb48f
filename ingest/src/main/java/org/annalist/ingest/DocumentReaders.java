package org.annalist.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * The one door into this module: detects a file's format, hands it to the reader registered for
 * that format and checks the result. Immutable once built, so one instance serves a whole
 * multi-threaded pipeline.
 *
 * <p>Every failure a document can cause ends in an {@link UnreadableDocumentException} with one
 * line of reason: over {@link ReadOptions#maxDocumentBytes()}, empty, no text, a library that
 * gives up on a damaged file (its exception is kept as the cause), even a stack overflow in a
 * library's recursive parser or a class missing from a library's trimmed jar. Only errors of the
 * machine itself ({@link OutOfMemoryError} and the like) and I/O errors of the file pass through.
 */
public final class DocumentReaders {
  private static final class Standard {
    static final DocumentReaders INSTANCE = fromServiceLoader();
  }

  private final FormatDetector detector = new FormatDetector();
  private final Map<DocumentFormat, DocumentReader> byFormat;

  /**
   * Readers for every format.
   *
   * @throws IllegalArgumentException when a format has no reader or two
   */
  public DocumentReaders(List<DocumentReader> readers) {
    Map<DocumentFormat, DocumentReader> m = new EnumMap<>(DocumentFormat.class);
    for (DocumentReader r : readers) {
      for (DocumentFormat f : r.formats()) {
        DocumentReader old = m.put(f, r);
        if (old != null) {
          throw new IllegalArgumentException("two readers for " + f + ": " + old.getClass().getName()
              + " and " + r.getClass().getName());
        }
      }
    }
    for (DocumentFormat f : DocumentFormat.values()) {
      if (!m.containsKey(f)) {
        throw new IllegalArgumentException("no reader for " + f);
      }
    }
    this.byFormat = Collections.unmodifiableMap(m);
  }

  /** The readers registered in {@code META-INF/services/org.annalist.ingest.DocumentReader}; shared. */
  public static DocumentReaders standard() {
    return Standard.INSTANCE;
  }

  private static DocumentReaders fromServiceLoader() {
    List<DocumentReader> found = new ArrayList<>();
    ServiceLoader.load(DocumentReader.class, DocumentReaders.class.getClassLoader()).forEach(found::add);
    return new DocumentReaders(found);
  }

  /** The reader for a format. */
  public DocumentReader readerFor(DocumentFormat format) {
    return byFormat.get(Objects.requireNonNull(format, "format"));
  }

  /** Reads a file, refusing one over the size limit before reading its bytes. */
  public DocumentText read(Path file, ReadOptions options) throws IOException, UnreadableDocumentException {
    if (Files.size(file) > options.maxDocumentBytes()) {
      throw new UnreadableDocumentException(options.tooLargeReason());
    }
    Path name = file.getFileName();
    return read(Files.readAllBytes(file), name == null ? "" : name.toString(), options);
  }

  /** Reads a stream to its end (at most the size limit) and then the document in it. */
  public DocumentText read(InputStream in, String fileName, ReadOptions options) throws IOException, UnreadableDocumentException {
    return read(ReadOptions.readBounded(in, options), fileName, options);
  }

  /**
   * Reads a document from its bytes.
   *
   * @param fileName the file's name; its extension is a hint when the bytes do not tell
   */
  public DocumentText read(byte[] bytes, String fileName, ReadOptions options) throws UnreadableDocumentException {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(options, "options");
    if (bytes.length > options.maxDocumentBytes()) {
      throw new UnreadableDocumentException(options.tooLargeReason());
    }
    if (bytes.length == 0) {
      throw new UnreadableDocumentException("empty file");
    }
    DocumentFormat format = detector.detect(bytes, fileName);
    DocumentText read;
    try {
      read = byFormat.get(format).read(bytes, fileName, options);
    } catch (RuntimeException e) {
      // a library that trips over a damaged file; the reader's contract says this should not happen
      throw new UnreadableDocumentException("damaged " + format.id().toUpperCase(Locale.ROOT)
          + " file: " + UnreadableDocumentException.describe(e), e);
    } catch (StackOverflowError e) {
      throw new UnreadableDocumentException(format.id().toUpperCase(Locale.ROOT)
          + " structure nested too deeply to read", e);
    } catch (LinkageError e) {
      // POI's lite schema jar holds only the common OOXML types; a rare element can need one it lacks
      throw new UnreadableDocumentException(format.id().toUpperCase(Locale.ROOT)
          + " file uses a feature this build cannot read: " + UnreadableDocumentException.describe(e), e);
    }
    if (read.format() != format) {
      throw new IllegalStateException(readerFor(format).getClass().getName() + " read " + format + " as " + read.format());
    }
    if (read.text().isBlank()) {
      throw new UnreadableDocumentException(isWhitespace(bytes)
          ? "empty file (only whitespace)" : "no text in the document");
    }
    return read;
  }

  private static boolean isWhitespace(byte[] b) {
    for (byte x : b) {
      if (x != ' ' && x != '\n' && x != '\r' && x != '\t' && x != '\f' && x != 0) {
        return false;
      }
    }
    return true;
  }
}
