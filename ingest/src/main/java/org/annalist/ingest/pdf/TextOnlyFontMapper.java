package org.annalist.ingest.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Answers PDFBox's question "which installed font stands in for this one?" with the font PDFBox
 * ships, without looking at the system's fonts. Text extraction takes characters from the PDF's
 * encodings and widths from the PDF or the standard-14 metrics PDFBox carries; a stand-in font
 * only matters for drawing. PDFBox's default mapper instead scans every system font on first use
 * (seconds on a machine with many fonts), writes a cache file into the user's home directory and
 * logs a "Using fallback font" warning for each document whose fonts are not installed.
 * Immutable; the one font is shared, as PDFBox's own last-resort font is.
 */
final class TextOnlyFontMapper implements FontMapper {
  private static final String SHIPPED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private final TrueTypeFont font;

  TextOnlyFontMapper() {
    try (InputStream in = FontMapper.class.getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IOException("resource " + SHIPPED + " not found in PDFBox");
      }
      font = new TTFParser().parse(RandomAccessReadBuffer.createBufferFromStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
    return new FontMapping<>(font, false);
  }

  @Override
  public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
    return new FontMapping<>(font, false);
  }

  @Override
  public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
    return new CIDFontMapping(null, font, false);
  }
}
