package org.annalist.ingest;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A seeded generator of files that try to break a batch: empty and blank files, binary data,
 * truncated and image-only and locked PDFs, a zip bomb named {@code .docx}, a page of 10^5 nested
 * tags, invalid UTF-8, mixed line ends, a 1 MB line, a 20 MB document, names with spaces and
 * non-ASCII letters. Each entry says what a reader should make of it: read it, refuse it with a
 * reason, or either (a truncated PDF may still hold readable pages). Nothing is committed: the
 * same seed writes the same bytes. The seed is printed; {@code -Dannalist.hostile.seed=N} repeats
 * a run. Packaged in the module's test jar for the command line's tests.
 */
public final class HostileCorpus {
  public static final long DEFAULT_SEED = 20_261_130L;
  /** The zip bomb inflates to this much, past the default {@link ReadOptions#maxExpandedBytes()}. */
  public static final long BOMB_EXPANDED = 300L * 1024 * 1024;

  /** What should become of a file. */
  public enum Expected { READ, REFUSED, EITHER }

  /** One file of the corpus. */
  public record Entry(String kind, Path file, Expected expected) { }

  private final Random random;
  private final Path dir;
  private final List<Entry> entries = new ArrayList<>();

  private HostileCorpus(Path dir, long seed) {
    this.dir = dir;
    this.random = new Random(seed);
  }

  /** The seed from {@code -Dannalist.hostile.seed}, else {@link #DEFAULT_SEED}. */
  public static long seed() {
    return Long.getLong("annalist.hostile.seed", DEFAULT_SEED);
  }

  /** Writes the corpus into {@code dir} (which must exist) and lists it, in writing order. */
  public static List<Entry> write(Path dir, long seed) throws IOException {
    System.out.println("HostileCorpus seed=" + seed + " (repeat with -Dannalist.hostile.seed=" + seed + ")");
    HostileCorpus c = new HostileCorpus(dir, seed);
    c.all();
    return List.copyOf(c.entries);
  }

  private void all() throws IOException {
    file("empty", "empty.txt", Expected.REFUSED, new byte[0]);
    file("whitespace only", "whitespace only.txt", Expected.REFUSED,
        " \t\n\r\n   \n".repeat(1 + random.nextInt(50)).getBytes(StandardCharsets.US_ASCII));
    file("binary", "random.bin", Expected.REFUSED, randomBytes(64 * 1024));
    file("binary named as text", "data.txt", Expected.REFUSED, randomBytes(8 * 1024));
    file("image named as PDF", "scan.pdf", Expected.REFUSED, pngHeaderAndNoise());
    byte[] pdf = TestDocs.pdf().footer("%d").page().paragraph(sentences(8)).page().paragraph(sentences(8)).build();
    file("truncated PDF", "truncated.pdf", Expected.EITHER,
        Arrays.copyOf(pdf, pdf.length * (30 + random.nextInt(40)) / 100));
    file("image-only PDF", "scanned pages.pdf", Expected.REFUSED, TestDocs.imageOnlyPdf(1 + random.nextInt(3)));
    file("PDF locked with a password", "locked.pdf", Expected.REFUSED, TestDocs.encrypt(pdf, "user-" + random.nextInt(1000)));
    file("zip bomb as DOCX", "bomb.docx", Expected.REFUSED, zipBomb(BOMB_EXPANDED));
    file("zip that is no document", "archive.docx", Expected.REFUSED, TestDocs.zip(java.util.Map.of("notes.txt", randomBytes(100))));
    file("HTML with 10^5 nested tags", "nested.html", Expected.READ, nestedHtml(100_000));
    file("invalid UTF-8", "invalid utf8.txt", Expected.EITHER, invalidUtf8());
    file("mixed line ends", "mixed line ends.txt", Expected.READ, mixedLineEnds());
    file("1 MB line", "one-megabyte-line.txt", Expected.READ, words(1024 * 1024).getBytes(StandardCharsets.UTF_8));
    file("20 MB document", "twenty-megabytes.txt", Expected.READ, document(20 * 1024 * 1024));
    file("name with spaces and non-ASCII", "Ærø – nové město (copy 2).md", Expected.READ,
        ("# Zápis\n\n" + sentences(5) + "\n").getBytes(StandardCharsets.UTF_8));
    file("web page saved as text", "saved page.txt", Expected.READ,
        ("<!DOCTYPE html><html><head><title>Saved</title></head><body><p>" + sentences(3) + "</p></body></html>")
            .getBytes(StandardCharsets.UTF_8));
    file("UTF-16 without byte-order mark", "utf16.txt", Expected.READ, sentences(6).getBytes(StandardCharsets.UTF_16LE));
    file("Markdown nested 10^4 deep", "deep.md", Expected.READ, deepMarkdown(10_000));
    file("a megabyte of unclosed Markdown", "unclosed.md", Expected.READ,
        "*a _b [c `d ".repeat(90_000).getBytes(StandardCharsets.US_ASCII));
  }

  private void file(String kind, String name, Expected expected, byte[] bytes) throws IOException {
    Path p = Files.write(dir.resolve(name), bytes);
    entries.add(new Entry(kind, p, expected));
  }

  private byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private byte[] pngHeaderAndNoise() {
    byte[] b = randomBytes(2048);
    byte[] sig = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
    System.arraycopy(sig, 0, b, 0, sig.length);
    return b;
  }

  private static final String[] SYLLABLES = {"ka", "to", "ri", "men", "sa", "lu", "dor", "vi", "en", "ast", "ber", "ol"};

  private String word() {
    int n = 1 + random.nextInt(3);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return sb.toString();
  }

  /** Words separated by spaces, about {@code chars} long, no line break. */
  private String words(int chars) {
    StringBuilder sb = new StringBuilder(chars + 16);
    while (sb.length() < chars) {
      sb.append(word()).append(' ');
    }
    return sb.toString().strip();
  }

  private String sentence() {
    StringBuilder sb = new StringBuilder();
    String first = word();
    sb.append(Character.toUpperCase(first.charAt(0))).append(first.substring(1));
    int n = 4 + random.nextInt(12);
    for (int i = 0; i < n; i++) {
      sb.append(' ').append(random.nextInt(10) == 0 ? Integer.toString(1000 + random.nextInt(1000)) : word());
    }
    return sb.append('.').toString();
  }

  private String sentences(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i > 0 ? " " : "").append(sentence());
    }
    return sb.toString();
  }

  /** Paragraphs of sentences up to {@code bytes}, ASCII. */
  private byte[] document(int bytes) {
    StringBuilder sb = new StringBuilder(bytes + 1024);
    while (sb.length() < bytes) {
      sb.append(sentences(1 + random.nextInt(8))).append(random.nextInt(3) == 0 ? "\n\n" : "\n");
    }
    sb.setLength(bytes);
    return sb.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private byte[] nestedHtml(int depth) {
    String[] tags = {"div", "span", "b", "section", "i", "font", "p", "li", "table"};
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><title>Nested</title></head><body>");
    for (int i = 0; i < depth; i++) {
      sb.append('<').append(tags[random.nextInt(tags.length)]).append('>');
    }
    sb.append("deep text at the bottom");
    return sb.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** UTF-8 text with bytes that no UTF-8 text has: lone continuations, overlongs, surrogates, 0xFF. */
  private byte[] invalidUtf8() {
    byte[][] bad = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF},
        {(byte) 0xE2, (byte) 0x82}};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < 200; i++) {
      out.writeBytes((sentence() + (random.nextBoolean() ? " Genève, Zürich. " : " ")).getBytes(StandardCharsets.UTF_8));
      if (random.nextInt(4) == 0) {
        out.writeBytes(bad[random.nextInt(bad.length)]);
      }
    }
    return out.toByteArray();
  }

  private byte[] mixedLineEnds() {
    String[] ends = {"\n", "\r\n", "\r", "\r\r\n"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      sb.append(sentence()).append(ends[random.nextInt(ends.length)]);
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private byte[] deepMarkdown(int depth) {
    StringBuilder sb = new StringBuilder("# Deep\n\n");
    for (int i = 0; i < depth; i++) {
      sb.append(random.nextBoolean() ? "> " : "  ");
    }
    sb.append("1. deep item\n");
    for (int i = 0; i < depth / 10; i++) {
      sb.append(" ".repeat(i % 200)).append(random.nextBoolean() ? "- " : "1. ").append(word()).append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A small .docx-looking zip whose document part inflates to {@code expanded} bytes of spaces. */
  public static byte[] zipBomb(long expanded) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_SPEED); // still over 200:1, and twice as fast to make
      ZipEntry types = new ZipEntry("[Content_Types].xml");
      types.setTime(TestDocs.FIXED_TIME);
      zip.putNextEntry(types);
      zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
      ZipEntry document = new ZipEntry("word/document.xml");
      document.setTime(TestDocs.FIXED_TIME);
      zip.putNextEntry(document);
      byte[] block = new byte[1 << 20];
      Arrays.fill(block, (byte) ' ');
      try (OutputStream out = new BufferedOutputStream(new NonClosing(zip))) {
        for (long n = 0; n < expanded; n += block.length) {
          out.write(block);
        }
      }
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
