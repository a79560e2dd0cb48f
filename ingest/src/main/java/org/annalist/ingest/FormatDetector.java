package org.annalist.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells a document's format from its bytes first and its name second: a PDF named {@code .txt}
 * is a PDF, a web page saved as {@code .txt} is HTML. Signatures: {@code %PDF-}; a zip holding
 * {@code word/document.xml} (DOCX) or an OpenDocument text {@code mimetype} (ODT); {@code {\rtf};
 * text that opens with an HTML tag or doctype. Otherwise the extension decides
 * ({@link DocumentFormat#byExtension}), and anything unnamed is plain text, whose reader refuses
 * binary data. Files that are plainly something else (images, old Word, other archives) are
 * refused here with a reason that says what they are. Stateless.
 */
public final class FormatDetector {
  private static final String ODT_MIME = "application/vnd.oasis.opendocument.text";
  /** Leading matter allowed before the first tag of an HTML file: an XML declaration, comments, a doctype. */
  private static final Pattern HTML_START = Pattern.compile(
      "(?is)^\\s*(?:<\\?xml[^>]{0,200}\\?>\\s*)?(?:<!--.*?-->\\s*){0,20}(?:<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]|<title[\\s>]|<meta\\s)");
  private static final int SNIFF_BYTES = 8 * 1024;

  /** Signatures of files that are not documents, with what to call them. */
  private static final List<Signature> FOREIGN = List.of(
      new Signature(new int[] {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1},
          "old Microsoft Office file (.doc, .xls, .ppt): not read; save it as .docx"),
      new Signature(new int[] {0x89, 'P', 'N', 'G'}, "not a document: a PNG image (no OCR)"),
      new Signature(new int[] {0xFF, 0xD8, 0xFF}, "not a document: a JPEG image (no OCR)"),
      new Signature(new int[] {'G', 'I', 'F', '8'}, "not a document: a GIF image"),
      new Signature(new int[] {'I', 'I', '*', 0}, "not a document: a TIFF image (no OCR)"),
      new Signature(new int[] {'M', 'M', 0, '*'}, "not a document: a TIFF image (no OCR)"),
      new Signature(new int[] {0x1F, 0x8B}, "not a document: gzip-compressed data (unpack it first)"),
      new Signature(new int[] {'7', 'z', 0xBC, 0xAF}, "not a document: a 7-Zip archive (unpack it first)"),
      new Signature(new int[] {'R', 'a', 'r', '!'}, "not a document: a RAR archive (unpack it first)"),
      new Signature(new int[] {0x7F, 'E', 'L', 'F'}, "not a document: an executable"));

  private record Signature(int[] bytes, String reason) {
    boolean matches(byte[] b) {
      return TextDecoder.starts(b, bytes);
    }
  }

  /**
   * The format to read {@code bytes} as.
   *
   * @throws UnreadableDocumentException when the bytes are plainly not a document
   */
  public DocumentFormat detect(byte[] bytes, String fileName) throws UnreadableDocumentException {
    Optional<DocumentFormat> byName = DocumentFormat.byExtension(fileName);
    if (isPdf(bytes)) {
      return DocumentFormat.PDF;
    }
    if (ZipGuard.looksLikeZip(bytes)) {
      return zipFormat(bytes, byName);
    }
    if (startsWithAscii(bytes, "{\\rtf")) {
      return DocumentFormat.RTF;
    }
    for (Signature s : FOREIGN) {
      if (s.matches(bytes)) {
        throw new UnreadableDocumentException(s.reason());
      }
    }
    if (HTML_START.matcher(TextDecoder.head(bytes, SNIFF_BYTES)).find()) {
      return DocumentFormat.HTML;
    }
    return byName.orElse(DocumentFormat.TEXT);
  }

  private static boolean isPdf(byte[] b) {
    // the header may follow some junk, which readers tolerate within the first kilobyte
    int end = Math.min(b.length, 1024) - 5;
    for (int i = 0; i <= end; i++) {
      if (b[i] == '%' && b[i + 1] == 'P' && b[i + 2] == 'D' && b[i + 3] == 'F' && b[i + 4] == '-') {
        return true;
      }
    }
    return false;
  }

  private static DocumentFormat zipFormat(byte[] bytes, Optional<DocumentFormat> byName) throws UnreadableDocumentException {
    List<String> names = ZipGuard.entryNames(bytes);
    if (names.contains("word/document.xml")) {
      return DocumentFormat.DOCX;
    }
    // ODF puts an uncompressed "mimetype" entry first, its content right after the 38-byte header
    if (names.contains("mimetype") && new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1)
        .contains(ODT_MIME)) {
      return DocumentFormat.ODT;
    }
    if (byName.isPresent() && (byName.get() == DocumentFormat.DOCX || byName.get() == DocumentFormat.ODT)) {
      return byName.get(); // its reader says what is wrong with it
    }
    String kind = names.contains("mimetype") || names.stream().anyMatch(n -> n.startsWith("ppt/") || n.startsWith("xl/"))
        ? "an office file that is not a text document" : "a zip archive";
    throw new UnreadableDocumentException("not a document: " + kind + " (" + names.size() + " entries)");
  }

  private static boolean startsWithAscii(byte[] b, String s) {
    if (b.length < s.length()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.toLowerCase((char) b[i]) != Character.toLowerCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
