package org.annalist.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Reads the text people read from one format's bytes.
 *
 * <p>Contract: an implementation is stateless and safe to call from several threads at once; it
 * never modifies {@code bytes}; a document it cannot read ends in an
 * {@link UnreadableDocumentException} whose one-line reason names the problem (damaged, encrypted,
 * no text layer, over a limit), never in another exception for bad input. Implementations are
 * registered in {@code META-INF/services/org.annalist.ingest.DocumentReader} and need a public
 * no-argument constructor. Callers normally go through {@link DocumentReaders}, which detects the
 * format, enforces {@link ReadOptions#maxDocumentBytes()} and rejects documents without text.
 */
public interface DocumentReader {

  /** The formats this reader reads; each format has exactly one reader. */
  Set<DocumentFormat> formats();

  /**
   * The document's text and facts.
   *
   * @param bytes    the whole file
   * @param fileName the file's name (only its extension and nothing else may matter)
   * @param options  limits and a forced encoding
   */
  DocumentText read(byte[] bytes, String fileName, ReadOptions options) throws UnreadableDocumentException;

  /** Reads {@code in} to its end, refusing more than {@link ReadOptions#maxDocumentBytes()}. */
  default DocumentText read(InputStream in, String fileName, ReadOptions options)
      throws IOException, UnreadableDocumentException {
    return read(ReadOptions.readBounded(in, options), fileName, options);
  }
}
