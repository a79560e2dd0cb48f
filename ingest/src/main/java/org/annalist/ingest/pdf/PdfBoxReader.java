package org.annalist.ingest.pdf;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.ingest.DocumentFormat;
import org.annalist.ingest.DocumentReader;
import org.annalist.ingest.DocumentText;
import org.annalist.ingest.ReadOptions;
import org.annalist.ingest.UnreadableDocumentException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.FontMappers;

/**
 * PDFs with a text layer, read with PDFBox: pages in order, lines rejoined into paragraphs,
 * running headers and footers left out, words hyphenated at line ends joined (see
 * {@link PageText}). A PDF whose pages hold images but no text is a scan and refused as such (no
 * OCR here). An encrypted PDF that opens without a password (most: only an owner password
 * restricting printing or copying) is read; one that needs a user password is refused. The title
 * is the document information's, unless that is only a file name, else the first page's running
 * header.
 *
 * <p>Loading this class installs {@link TextOnlyFontMapper} as PDFBox's JVM-wide font mapper:
 * extracting text needs no system fonts, and the default mapper's font scan, home-directory cache
 * and per-document "fallback font" warnings are what it avoids.
 */
public final class PdfBoxReader implements DocumentReader {
  static {
    FontMappers.set(new TextOnlyFontMapper());
  }

  private static final Pattern FILE_NAME_TITLE = Pattern.compile(
      "(?i)^(?:microsoft word - .*|.*\\.(?:docx?|pdf|odt|rtf|txt|tex|indd|qxd)|untitled\\S*)$");

  @Override
  public Set<DocumentFormat> formats() {
    return Set.of(DocumentFormat.PDF);
  }

  @Override
  public DocumentText read(byte[] bytes, String fileName, ReadOptions options) throws UnreadableDocumentException {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      List<List<PdfLines.Line>> pages = PdfLines.of(pdf);
      if (pages.stream().allMatch(List::isEmpty)) {
        throw new UnreadableDocumentException(hasImages(pdf)
            ? "scanned PDF without a text layer (no OCR)" : "PDF without text (its pages hold neither text nor images)");
      }
      PageText.Cleaned cleaned = PageText.withoutRunningLines(pages);
      String text = PageText.join(cleaned.pages());
      Optional<String> title = Optional.ofNullable(pdf.getDocumentInformation().getTitle())
          .map(String::strip).filter(t -> !t.isEmpty() && !FILE_NAME_TITLE.matcher(t).matches())
          .or(cleaned::firstPageHeader);
      return new DocumentText(text, title, DocumentFormat.PDF, Optional.empty());
    } catch (InvalidPasswordException e) {
      throw new UnreadableDocumentException("encrypted PDF that needs a password", e);
    } catch (IOException e) {
      throw new UnreadableDocumentException("damaged PDF file: " + UnreadableDocumentException.describe(e), e);
    }
  }

  private static boolean hasImages(PDDocument pdf) {
    for (PDPage page : pdf.getPages()) {
      PDResources resources = page.getResources();
      if (resources == null) {
        continue;
      }
      for (COSName name : resources.getXObjectNames()) {
        try {
          if (resources.isImageXObject(name) || resources.getXObject(name) != null) {
            return true;
          }
        } catch (IOException e) {
          return true; // an unreadable image is still an image
        }
      }
    }
    return false;
  }
}
