package org.annalist.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Documents made by code for the tests: PDFs drawn with PDFBox, Word files built with POI,
 * OpenDocument and other zips put together by hand. No binary file is committed.
 */
public final class TestDocs {
  static {
    // the readers' PDFBox settings (no system-font scan) apply to drawing test PDFs as well
    DocumentReaders.standard();
  }

  static final PDFont HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  static final float LEFT = 72;
  static final float WIDTH = 450;
  /** 2000-01-01T00:00:00Z, the time stamp of every zip entry made here. */
  public static final long FIXED_TIME = 946_684_800_000L;

  private TestDocs() {
  }

  /** Draws pages of text: each line placed where the builder says, as a PDF's text layer. */
  public static final class PdfBuilder {
    private final List<List<Object[]>> pages = new ArrayList<>();
    private String header;
    private String footer;
    private float y;

    /** A line repeated at the top of every page. */
    public PdfBuilder header(String text) {
      header = text;
      return this;
    }

    /** A line at the bottom of every page; {@code %d} becomes the page number, a second {@code %d} the count. */
    public PdfBuilder footer(String format) {
      footer = format;
      return this;
    }

    public PdfBuilder page() {
      pages.add(new ArrayList<>());
      y = 720;
      return this;
    }

    /** One line of text at the next line position. */
    public PdfBuilder line(String text, float size) {
      if (pages.isEmpty()) {
        page();
      }
      pages.get(pages.size() - 1).add(new Object[] {text, size, y});
      y -= size * 1.25f;
      return this;
    }

    public PdfBuilder line(String text) {
      return line(text, 11);
    }

    /** A paragraph wrapped to the text width, one line per wrap, and a gap after it. */
    public PdfBuilder paragraph(String text) {
      for (String l : wrap(text, 11)) {
        line(l);
      }
      return gap(10);
    }

    public PdfBuilder gap(float points) {
      y -= points;
      return this;
    }

    public byte[] build() {
      try (PDDocument doc = new PDDocument()) {
        for (int p = 0; p < pages.size(); p++) {
          PDPage page = new PDPage(PDRectangle.LETTER);
          doc.addPage(page);
          try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            if (header != null) {
              draw(cs, header, 9, 760);
            }
            for (Object[] l : pages.get(p)) {
              draw(cs, (String) l[0], (Float) l[1], (Float) l[2]);
            }
            if (footer != null) {
              draw(cs, String.format(java.util.Locale.ROOT, footer, p + 1, pages.size()), 9, 40);
            }
          }
        }
        return save(doc);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static void draw(PDPageContentStream cs, String text, float size, float y) throws IOException {
    cs.beginText();
    cs.setFont(HELVETICA, size);
    cs.newLineAtOffset(LEFT, y);
    cs.showText(text);
    cs.endText();
  }

  /** Greedy word wrap to the text width in Helvetica. */
  public static List<String> wrap(String text, float size) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String tryLine = line.length() == 0 ? word : line + " " + word;
      if (width(tryLine, size) > WIDTH && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(tryLine);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  static float width(String s, float size) {
    try {
      return HELVETICA.getStringWidth(s) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static PdfBuilder pdf() {
    return new PdfBuilder();
  }

  /** A PDF of {@code pages} pages holding only a grey image each: what a scanner makes. */
  public static byte[] imageOnlyPdf(int pages) {
    try (PDDocument doc = new PDDocument()) {
      BufferedImage img = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
      for (int x = 0; x < 60; x++) {
        for (int y = 0; y < 80; y++) {
          img.setRGB(x, y, (x * 7 + y * 3) % 2 == 0 ? 0x999999 : 0xEEEEEE);
        }
      }
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        PDImageXObject image = LosslessFactory.createFromImage(doc, img);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.drawImage(image, 50, 50, 500, 700);
        }
      }
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same text PDF, encrypted with an owner password and, when given, a user password. */
  public static byte[] encrypt(byte[] pdf, String userPassword) {
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      AccessPermission ap = new AccessPermission();
      ap.setCanExtractContent(false);
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, ap);
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  /** A Word file built by {@code body}. */
  public static byte[] docx(Consumer<XWPFDocument> body) {
    try (XWPFDocument doc = new XWPFDocument()) {
      body.accept(doc);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static XWPFParagraph paragraph(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.createRun().setText(text);
    return p;
  }

  /**
   * A numbering definition with one format per level (e.g. "decimal", "lowerLetter", "lowerRoman"),
   * level texts like "%1." and "%1.%2."; returns a new list instance's numId.
   */
  public static BigInteger numbering(XWPFDocument doc, String[] formats, String[] levelTexts) {
    XWPFNumbering numbering = doc.getNumbering() == null ? doc.createNumbering() : doc.getNumbering();
    CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
    abs.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size()));
    for (int i = 0; i < formats.length; i++) {
      CTLvl lvl = abs.addNewLvl();
      lvl.setIlvl(BigInteger.valueOf(i));
      lvl.addNewStart().setVal(BigInteger.ONE);
      lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(formats[i]));
      lvl.addNewLvlText().setVal(levelTexts[i]);
    }
    BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
    return numbering.addNum(absId);
  }

  /** Another list instance of the same definition as {@code numId}: it counts from the start again. */
  public static BigInteger restart(XWPFDocument doc, BigInteger numId) {
    XWPFNumbering numbering = doc.getNumbering();
    return numbering.addNum(numbering.getNum(numId).getCTNum().getAbstractNumId().getVal());
  }

  public static XWPFParagraph item(XWPFDocument doc, BigInteger numId, int level, String text) {
    XWPFParagraph p = paragraph(doc, text);
    p.setNumID(numId);
    p.setNumILvl(BigInteger.valueOf(level));
    return p;
  }

  /** A zip of the given entries in order, each deflated (or stored, when named in {@code stored}). */
  public static byte[] zip(Map<String, byte[]> entries, String... stored) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry z = new ZipEntry(e.getKey());
        z.setTime(FIXED_TIME); // the same bytes on every run
        if (List.of(stored).contains(e.getKey())) {
          z.setMethod(ZipEntry.STORED);
          z.setSize(e.getValue().length);
          CRC32 crc = new CRC32();
          crc.update(e.getValue());
          z.setCrc(crc.getValue());
        }
        zip.putNextEntry(z);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out.toByteArray();
  }

  /** An OpenDocument text with the given {@code office:text} body and automatic styles. */
  public static byte[] odt(String title, String automaticStyles, String body) {
    return odt(title, "", automaticStyles, body);
  }

  /** The same, with {@code prolog} (a DOCTYPE, say) before the content's root element. */
  public static byte[] odt(String title, String prolog, String automaticStyles, String body) {
    String ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        + "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        + "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"";
    String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prolog + "<office:document-content " + ns + " office:version=\"1.2\">"
        + "<office:automatic-styles>" + automaticStyles + "</office:automatic-styles>"
        + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
    String meta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta " + ns + "><office:meta>"
        + (title == null ? "" : "<dc:title>" + title + "</dc:title>") + "</office:meta></office:document-meta>";
    String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>";
    Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
    entries.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
    entries.put("content.xml", content.getBytes(StandardCharsets.UTF_8));
    entries.put("meta.xml", meta.getBytes(StandardCharsets.UTF_8));
    entries.put("META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
    return zip(entries, "mimetype");
  }

  /** Whitespace runs as one space, ends trimmed: for comparing texts whose layout may differ. */
  public static String squeeze(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
