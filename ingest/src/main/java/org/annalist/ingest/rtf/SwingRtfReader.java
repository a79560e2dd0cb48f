package org.annalist.ingest.rtf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import javax.swing.text.rtf.RTFEditorKit;
import org.annalist.ingest.DocumentFormat;
import org.annalist.ingest.DocumentReader;
import org.annalist.ingest.DocumentText;
import org.annalist.ingest.ReadOptions;
import org.annalist.ingest.UnreadableDocumentException;

/**
 * RTF read with the JDK's own {@link RTFEditorKit} (no display needed, no library): the text of
 * the body, paragraphs as lines. The kit knows the common Western code pages and Unicode escapes
 * but not list numbering or tables as such, which come out as their text. A fresh kit per call.
 */
public final class SwingRtfReader implements DocumentReader {
  @Override
  public Set<DocumentFormat> formats() {
    return Set.of(DocumentFormat.RTF);
  }

  @Override
  public DocumentText read(byte[] bytes, String fileName, ReadOptions options) throws UnreadableDocumentException {
    RTFEditorKit kit = new RTFEditorKit();
    Document doc = kit.createDefaultDocument();
    try {
      kit.read(new ByteArrayInputStream(bytes), doc, 0);
      String text = doc.getText(0, doc.getLength()).replaceAll("[ \\t]+\\n", "\n").strip();
      return new DocumentText(text, Optional.empty(), DocumentFormat.RTF, Optional.empty());
    } catch (IOException | BadLocationException e) {
      throw new UnreadableDocumentException("damaged RTF file: " + UnreadableDocumentException.describe(e), e);
    }
  }
}
