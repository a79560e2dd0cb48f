package org.annalist.cli.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.annalist.model.ErrorRecord;
import org.annalist.model.SourceDocument;

/**
 * Finds the documents named on the command line and decodes them, one at a time.
 *
 * <p>Folders are walked in sorted order for {@code .txt} and {@code .md} files (hidden files
 * skipped); a file named directly is read whatever its extension. Every bad input becomes an
 * {@link ErrorRecord} with a one-line reason: a missing path, a folder without documents, an empty
 * file, a binary file, text that is not UTF-8. Text is decoded as UTF-8 (a byte-order mark is
 * dropped) and line ends are normalized to LF, so character offsets count in that text.
 */
public final class InputCollector {
  private static final Set<String> EXTENSIONS = Set.of("txt", "md");

  /** A document file to read, with the id it will get. */
  public record Input(Path path, String shown, String docId) { }

  private final List<ErrorRecord> errors = new ArrayList<>();

  /** The inputs, in a stable order; bad paths are recorded in {@link #errors()}. */
  public List<Input> collect(List<Path> paths) throws IOException {
    List<Input> out = new ArrayList<>();
    Set<String> ids = new TreeSet<>();
    for (Path p : paths) {
      String shown = p.toString();
      if (!Files.exists(p)) {
        errors.add(new ErrorRecord(shown, "no such file or folder"));
        continue;
      }
      List<Path> files = new ArrayList<>();
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(f -> !hidden(p, f)).filter(InputCollector::isDocument)
              .sorted().forEach(files::add);
        }
        if (files.isEmpty()) {
          errors.add(new ErrorRecord(shown, "folder holds no .txt or .md documents"));
        }
      } else {
        files.add(p);
      }
      for (Path f : files) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String id = base;
        for (int n = 2; ids.contains(id); n++) {
          id = base + "~" + n;
        }
        ids.add(id);
        out.add(new Input(f, f.toString(), id));
      }
    }
    return out;
  }

  private static boolean hidden(Path root, Path f) {
    for (Path part : root.relativize(f)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDocument(Path f) {
    String n = f.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** Decodes one input; a bad one is recorded and yields empty. */
  public java.util.Optional<SourceDocument> read(Input in) {
    try {
      byte[] bytes = Files.readAllBytes(in.path());
      String problem = problem(bytes);
      if (problem != null) {
        errors.add(new ErrorRecord(in.shown(), problem));
        return java.util.Optional.empty();
      }
      String text = decode(bytes);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (text.isBlank()) {
        errors.add(new ErrorRecord(in.shown(), "empty file (only whitespace)"));
        return java.util.Optional.empty();
      }
      text = text.replace("\r\n", "\n").replace('\r', '\n');
      return java.util.Optional.of(new SourceDocument(in.docId(), SourceDocument.titleOf(text), in.shown(), sha256(bytes), text));
    } catch (CharacterCodingException e) {
      errors.add(new ErrorRecord(in.shown(), "not valid UTF-8 text: " + e.getMessage()));
    } catch (IOException e) {
      errors.add(new ErrorRecord(in.shown(), "cannot read: " + e.getMessage()));
    }
    return java.util.Optional.empty();
  }

  static String problem(byte[] bytes) {
    if (bytes.length == 0) {
      return "empty file";
    }
    int control = 0;
    for (byte b : bytes) {
      if (b == 0) {
        return "binary file (contains NUL bytes), not text";
      }
      if (b >= 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (control > bytes.length / 20) {
      return "binary file (mostly control characters), not text";
    }
    return null;
  }

  /** Strict UTF-8 decoding; the exception names the byte offset of the first bad sequence. */
  static String decode(byte[] bytes) throws CharacterCodingException {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    java.nio.charset.CoderResult r = d.decode(in, out, true);
    if (!r.isError()) {
      r = d.flush(out);
    }
    if (r.isError()) {
      int at = in.position();
      throw new CharacterCodingException() {
        private static final long serialVersionUID = 1L;

        @Override
        public String getMessage() {
          return "invalid byte sequence at byte " + at;
        }
      };
    }
    return out.flip().toString();
  }

  public List<ErrorRecord> errors() {
    return List.copyOf(errors);
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
