package org.annalist.ingest.text;

import java.util.Optional;
import java.util.Set;
import org.annalist.ingest.DecodedText;
import org.annalist.ingest.DocumentFormat;
import org.annalist.ingest.DocumentReader;
import org.annalist.ingest.DocumentText;
import org.annalist.ingest.ReadOptions;
import org.annalist.ingest.TextDecoder;
import org.annalist.ingest.UnreadableDocumentException;

/** Plain text, decoded and otherwise as is; it has no title of its own. */
public final class PlainTextReader implements DocumentReader {
  @Override
  public Set<DocumentFormat> formats() {
    return Set.of(DocumentFormat.TEXT);
  }

  @Override
  public DocumentText read(byte[] bytes, String fileName, ReadOptions options) throws UnreadableDocumentException {
    DecodedText d = TextDecoder.decode(bytes, options);
    return new DocumentText(d.text(), Optional.empty(), DocumentFormat.TEXT, Optional.of(d.encoding()));
  }
}
