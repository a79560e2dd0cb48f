package org.annalist.ingest.html;

import java.util.Optional;
import java.util.Set;
import org.annalist.ingest.DecodedText;
import org.annalist.ingest.DocumentFormat;
import org.annalist.ingest.DocumentReader;
import org.annalist.ingest.DocumentText;
import org.annalist.ingest.ReadOptions;
import org.annalist.ingest.TextDecoder;
import org.annalist.ingest.UnreadableDocumentException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Web pages, parsed by jsoup as a browser would (unclosed tags, entities) and read by
 * {@link HtmlText}. The bytes are decoded first by the usual evidence, with the page's own
 * {@code <meta charset>} counted after a byte-order mark and valid UTF-8. The title is the page's
 * {@code <title>}, else its first {@code <h1>} outside the navigation chrome.
 */
public final class JsoupHtmlReader implements DocumentReader {
  @Override
  public Set<DocumentFormat> formats() {
    return Set.of(DocumentFormat.HTML);
  }

  @Override
  public DocumentText read(byte[] bytes, String fileName, ReadOptions options) throws UnreadableDocumentException {
    DecodedText decoded = TextDecoder.decode(bytes, options, HtmlCharset.declared(bytes));
    Document page = Jsoup.parse(decoded.text());
    HtmlText.Result r = HtmlText.of(page.body());
    Optional<String> title = Optional.of(page.title()).filter(t -> !t.isBlank()).or(r::firstHeading);
    return new DocumentText(r.text(), title, DocumentFormat.HTML, Optional.of(decoded.encoding()));
  }
}
