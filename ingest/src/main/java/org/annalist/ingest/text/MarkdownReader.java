package org.annalist.ingest.text;

import java.util.Optional;
import java.util.Set;
import org.annalist.ingest.DecodedText;
import org.annalist.ingest.DocumentFormat;
import org.annalist.ingest.DocumentReader;
import org.annalist.ingest.DocumentText;
import org.annalist.ingest.LineEnds;
import org.annalist.ingest.ReadOptions;
import org.annalist.ingest.TextDecoder;
import org.annalist.ingest.UnreadableDocumentException;

/**
 * Markdown, decoded like plain text and then read as a person reads it rendered (see
 * {@link MarkdownText}); the title is the first level-1 heading, else the first heading.
 */
public final class MarkdownReader implements DocumentReader {
  @Override
  public Set<DocumentFormat> formats() {
    return Set.of(DocumentFormat.MARKDOWN);
  }

  @Override
  public DocumentText read(byte[] bytes, String fileName, ReadOptions options) throws UnreadableDocumentException {
    DecodedText d = TextDecoder.decode(bytes, options);
    MarkdownText.Rendered r = MarkdownText.render(LineEnds.normalize(d.text()));
    return new DocumentText(r.text(), r.title(), DocumentFormat.MARKDOWN, Optional.of(d.encoding()));
  }
}
