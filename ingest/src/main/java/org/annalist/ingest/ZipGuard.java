package org.annalist.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks into zip-based documents (DOCX, ODT) without trusting them: entry names come from the
 * archive's directory without inflating anything, and inflating counts every byte against
 * {@link ReadOptions#maxExpandedBytes()}, so a zip bomb costs at most that much work and no more
 * memory than the entries asked for.
 */
public final class ZipGuard {
  /** More parts than any real document has; a guard against archives of millions of empty entries. */
  public static final int MAX_ENTRIES = 10_000;
  private static final int LOCAL_HEADER = 0x04034b50;
  private static final int CENTRAL_HEADER = 0x02014b50;
  private static final int END_OF_DIRECTORY = 0x06054b50;

  private ZipGuard() {
  }

  /** Whether the bytes start like a zip archive. */
  public static boolean looksLikeZip(byte[] b) {
    return b.length >= 4 && le32(b, 0) == LOCAL_HEADER || b.length >= 22 && le32(b, 0) == END_OF_DIRECTORY;
  }

  /**
   * The entry names, read from the central directory at the end of the archive, or, when that is
   * missing (a truncated file), from the local headers that can be walked from the start. Never
   * inflates; never fails (a damaged archive gives the names found before the damage).
   */
  public static List<String> entryNames(byte[] b) {
    List<String> names = fromCentralDirectory(b);
    return names.isEmpty() ? fromLocalHeaders(b) : names;
  }

  private static List<String> fromCentralDirectory(byte[] b) {
    List<String> names = new ArrayList<>();
    int stop = Math.max(0, b.length - 22 - 65_535);
    for (int eocd = b.length - 22; eocd >= stop; eocd--) {
      if (le32(b, eocd) != END_OF_DIRECTORY) {
        continue;
      }
      int count = le16(b, eocd + 10);
      long offset = le32(b, eocd + 16) & 0xFFFFFFFFL;
      int p = (int) Math.min(offset, Integer.MAX_VALUE);
      for (int i = 0; i < count && i < MAX_ENTRIES && p + 46 <= b.length && le32(b, p) == CENTRAL_HEADER; i++) {
        int nameLen = le16(b, p + 28);
        int extraLen = le16(b, p + 30);
        int commentLen = le16(b, p + 32);
        if (p + 46 + nameLen > b.length) {
          break;
        }
        names.add(new String(b, p + 46, nameLen, StandardCharsets.UTF_8));
        p += 46 + nameLen + extraLen + commentLen;
      }
      return names;
    }
    return names;
  }

  private static List<String> fromLocalHeaders(byte[] b) {
    List<String> names = new ArrayList<>();
    int p = 0;
    while (p + 30 <= b.length && le32(b, p) == LOCAL_HEADER && names.size() < MAX_ENTRIES) {
      int flags = le16(b, p + 6);
      long compressed = le32(b, p + 18) & 0xFFFFFFFFL;
      int nameLen = le16(b, p + 26);
      int extraLen = le16(b, p + 28);
      if (p + 30 + nameLen > b.length) {
        break;
      }
      names.add(new String(b, p + 30, nameLen, StandardCharsets.UTF_8));
      if ((flags & 8) != 0) {
        break; // sizes follow the data: the next header cannot be found without inflating
      }
      long next = p + 30L + nameLen + extraLen + compressed;
      if (next > b.length) {
        break;
      }
      p = (int) next;
    }
    return names;
  }

  /**
   * Inflates every entry in order, counting the bytes, and keeps those named in {@code wanted}.
   *
   * @param label the format's name for messages, e.g. "DOCX"
   * @throws UnreadableDocumentException when the entries expand to more than {@code limit} bytes,
   *                                     there are more than {@link #MAX_ENTRIES}, or the archive is damaged
   */
  public static Map<String, byte[]> inflate(byte[] bytes, Set<String> wanted, long limit, String label)
      throws UnreadableDocumentException {
    Map<String, byte[]> kept = new LinkedHashMap<>();
    long total = 0;
    int entries = 0;
    byte[] buf = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (++entries > MAX_ENTRIES) {
          throw new UnreadableDocumentException(label + " has over " + MAX_ENTRIES + " parts (zip bomb?)");
        }
        ByteArrayOutputStream keep = wanted.contains(e.getName()) ? new ByteArrayOutputStream() : null;
        for (int n; (n = zip.read(buf)) > 0; ) {
          total += n;
          if (total > limit) {
            throw new UnreadableDocumentException(label + " expands to over " + ReadOptions.describeSize(limit)
                + " (zip bomb?)");
          }
          if (keep != null) {
            keep.write(buf, 0, n);
          }
        }
        if (keep != null) {
          kept.put(e.getName(), keep.toByteArray());
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // ZipInputStream reports bad entry names as IllegalArgumentException
      throw new UnreadableDocumentException("damaged " + label + " file: " + UnreadableDocumentException.describe(e), e);
    }
    if (entries == 0) {
      throw new UnreadableDocumentException("damaged " + label + " file: not a zip archive");
    }
    return kept;
  }

  /** Reads one kept entry as a stream, or explains its absence. */
  public static InputStream entry(Map<String, byte[]> kept, String name, String label) throws UnreadableDocumentException {
    byte[] b = kept.get(name);
    if (b == null) {
      throw new UnreadableDocumentException("damaged " + label + " file: no " + name);
    }
    return new ByteArrayInputStream(b);
  }

  private static int le16(byte[] b, int i) {
    return i + 1 < b.length && i >= 0 ? (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 : -1;
  }

  private static int le32(byte[] b, int i) {
    return i + 3 < b.length && i >= 0
        ? (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24 : 0;
  }
}
