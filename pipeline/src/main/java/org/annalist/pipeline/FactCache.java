package org.annalist.pipeline;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.annalist.model.DocumentRows;
import org.annalist.model.TableSchema;

/**
 * The incremental cache: each document's fact rows, kept in a folder the user names, so a re-run
 * extracts only documents that are new or changed.
 *
 * <p>An entry's key is a SHA-256 over everything the rows depend on: the document's bytes, its id
 * and path (both appear in the rows), and the run's fingerprint (Annalist version, checksums of the
 * models and data files, the options that change extraction). A changed input, option, model or
 * version therefore simply misses. An entry is one file {@code xx/<key>.rows}: a magic line, the
 * key, the gzipped rows and a CRC-32; it is written to a temporary file and moved into place, so a
 * killed run leaves no half entry. An entry that fails any check (corrupt, truncated, another
 * program's file) is counted, reported and re-extracted, never trusted. A folder that holds files but
 * no {@link #MARKER} is not a cache of ours and is not used at all.
 *
 * <p>Thread-safe: entries are independent files.
 */
public final class FactCache {
  /** Marks a folder as an Annalist cache. */
  public static final String MARKER = "ANNALIST-CACHE";
  private static final String MAGIC = "annalist-facts 1";
  private static final byte NULL = 0;
  private static final byte STRING = 1;
  private static final byte LONG = 2;
  private static final byte DOUBLE = 3;
  private static final byte BOOLEAN = 4;
  private static final byte DATE = 5;

  private final Path dir;
  private final String fingerprint;
  private final AtomicInteger rejected = new AtomicInteger();

  private FactCache(Path dir, String fingerprint) {
    this.dir = dir;
    this.fingerprint = fingerprint;
  }

  /**
   * The cache in {@code dir} (created when missing), or empty with a reason when the folder is not
   * ours and must not be used.
   */
  public static Opened open(Path dir, String fingerprint) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      return new Opened(Optional.empty(), Optional.of(dir + " is a file, not a cache folder; running without the cache"));
    }
    Path marker = dir.resolve(MARKER);
    if (Files.isDirectory(dir) && !Files.exists(marker)) {
      try (var list = Files.list(dir)) {
        if (list.findAny().isPresent()) {
          return new Opened(Optional.empty(), Optional.of(dir + " holds files but is not an Annalist cache (no " + MARKER
              + " file); running without the cache"));
        }
      }
    }
    Files.createDirectories(dir);
    if (!Files.exists(marker)) {
      Files.writeString(marker, "Annalist's incremental cache: one file of fact rows per document. Safe to delete.\n",
          StandardCharsets.UTF_8);
    }
    return new Opened(Optional.of(new FactCache(dir, fingerprint)), Optional.empty());
  }

  /** A cache, or why there is none. */
  public record Opened(Optional<FactCache> cache, Optional<String> warning) { }

  /** The key of a document's entry. */
  public String key(String docId, String shown, String contentSha256) {
    return DocumentPipeline.sha256((MAGIC + "\n" + fingerprint + "\n" + docId + "\n" + shown + "\n" + contentSha256)
        .getBytes(StandardCharsets.UTF_8));
  }

  private Path file(String key) {
    return dir.resolve(key.substring(0, 2)).resolve(key + ".rows");
  }

  /** The cached rows of {@code key}, or empty (missing, or rejected and counted). */
  public Optional<DocumentRows> get(String key) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file(key));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      rejected.incrementAndGet();
      return Optional.empty();
    }
    try {
      return Optional.of(decode(key, bytes));
    } catch (IOException | RuntimeException e) {
      rejected.incrementAndGet();
      return Optional.empty();
    }
  }

  /** Stores the rows of {@code key}; a failure to write only costs the next run an extraction. */
  public void put(String key, DocumentRows rows) {
    Path f = file(key);
    try {
      Files.createDirectories(f.getParent());
      Path tmp = Files.createTempFile(f.getParent(), ".", ".tmp");
      try {
        Files.write(tmp, encode(key, rows));
        try {
          Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      // the cache is an optimization: a full disk must not fail the run
    }
  }

  /** Entries that failed a check and were extracted again. */
  public int rejected() {
    return rejected.get();
  }

  static byte[] encode(String key, DocumentRows rows) throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(zipped), 1 << 16))) {
      out.writeUTF(rows.docId());
      out.writeInt(rows.rows().size());
      for (Map.Entry<String, List<List<Object>>> e : rows.rows().entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue().size());
        for (List<Object> row : e.getValue()) {
          for (Object v : row) {
            cell(out, v);
          }
        }
      }
    }
    byte[] payload = zipped.toByteArray();
    CRC32 crc = new CRC32();
    crc.update(payload);
    ByteArrayOutputStream all = new ByteArrayOutputStream(payload.length + 128);
    try (DataOutputStream out = new DataOutputStream(all)) {
      out.write((MAGIC + "\n" + key + "\n").getBytes(StandardCharsets.US_ASCII));
      out.writeInt(payload.length);
      out.write(payload);
      out.writeLong(crc.getValue());
    }
    return all.toByteArray();
  }

  static DocumentRows decode(String key, byte[] bytes) throws IOException {
    byte[] head = (MAGIC + "\n" + key + "\n").getBytes(StandardCharsets.US_ASCII);
    if (bytes.length < head.length + 12 || !java.util.Arrays.equals(bytes, 0, head.length, head, 0, head.length)) {
      throw new IOException("not an entry for this key");
    }
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, head.length, bytes.length - head.length));
    int n = in.readInt();
    if (n < 0 || n != bytes.length - head.length - 12) {
      throw new IOException("truncated entry");
    }
    byte[] payload = in.readNBytes(n);
    CRC32 crc = new CRC32();
    crc.update(payload);
    if (crc.getValue() != in.readLong()) {
      throw new IOException("checksum mismatch");
    }
    byte[] plain;
    try (InputStream z = new GZIPInputStream(new ByteArrayInputStream(payload))) {
      // inflated whole: reading cell by cell through the inflater took most of a re-run's time
      plain = z.readAllBytes();
    }
    try (DataInputStream d = new DataInputStream(new ByteArrayInputStream(plain))) {
      String docId = d.readUTF();
      int tables = d.readInt();
      Map<String, List<List<Object>>> rows = new TreeMap<>();
      for (int t = 0; t < tables; t++) {
        TableSchema schema = DocumentRows.schema(d.readUTF());
        int count = d.readInt();
        List<List<Object>> list = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
          List<Object> row = new ArrayList<>(schema.columns().size());
          for (int c = 0; c < schema.columns().size(); c++) {
            row.add(cell(d));
          }
          list.add(row);
        }
        rows.put(schema.name(), list);
      }
      return new DocumentRows(docId, rows);
    }
  }

  private static void cell(DataOutputStream out, Object v) throws IOException {
    if (v == null) {
      out.writeByte(NULL);
    } else if (v instanceof String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      out.writeByte(STRING);
      out.writeInt(b.length);
      out.write(b);
    } else if (v instanceof Long l) {
      out.writeByte(LONG);
      out.writeLong(l);
    } else if (v instanceof Double x) {
      out.writeByte(DOUBLE);
      out.writeDouble(x);
    } else if (v instanceof Boolean b) {
      out.writeByte(BOOLEAN);
      out.writeBoolean(b);
    } else if (v instanceof LocalDate d) {
      out.writeByte(DATE);
      out.writeLong(d.toEpochDay());
    } else {
      throw new IllegalArgumentException("no column type holds " + v.getClass().getName());
    }
  }

  private static Object cell(DataInputStream in) throws IOException {
    byte tag = in.readByte();
    switch (tag) {
      case NULL: return null;
      case STRING: {
        int len = in.readInt();
        if (len < 0 || len > (64 << 20)) {
          throw new IOException("bad string length " + len);
        }
        return new String(in.readNBytes(len), StandardCharsets.UTF_8);
      }
      case LONG: return in.readLong();
      case DOUBLE: return in.readDouble();
      case BOOLEAN: return in.readBoolean();
      case DATE: return LocalDate.ofEpochDay(in.readLong());
      default: throw new IOException("bad cell tag " + tag);
    }
  }
}
