package org.annalist.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.annalist.ingest.DocumentFormat;
import org.annalist.model.ErrorRecord;

/**
 * Finds the documents named on the command line, in a stable order, and gives each a unique id.
 *
 * <p>Folders are walked in sorted order (hidden files and folders skipped, symbolic links to
 * folders not followed, so a link loop cannot trap the walk) for files with a document extension; a
 * file named directly is taken whatever its extension. A file reached twice (the same folder given
 * twice, a file inside a folder also given) is taken once. Every bad path becomes an
 * {@link ErrorRecord} with a one-line reason. Reading is not done here: this only lists.
 */
public final class InputCollector {
  /** A document file to read, with the id it will get. */
  public record Input(Path path, String shown, String docId) { }

  /** What was found: the inputs in order, and the paths that could not be used. */
  public record Collected(List<Input> inputs, List<ErrorRecord> errors) {
    public Collected {
      inputs = List.copyOf(inputs);
      errors = List.copyOf(errors);
    }
  }

  private final Predicate<String> isDocumentName;
  private final String extensions;

  /**
   * @param isDocumentName which file names in a folder are documents (by extension)
   * @param extensions     those extensions, for the message about a folder without documents
   */
  public InputCollector(Predicate<String> isDocumentName, String extensions) {
    this.isDocumentName = isDocumentName;
    this.extensions = extensions;
  }

  /** Files with the extension of a format Annalist reads (text, Markdown, HTML, PDF, Word, ODT, RTF). */
  public static InputCollector documents() {
    List<String> exts = new ArrayList<>();
    for (DocumentFormat f : DocumentFormat.values()) {
      exts.addAll(f.extensions());
    }
    return new InputCollector(n -> {
      int dot = n.lastIndexOf('.');
      return dot > 0 && exts.contains(n.substring(dot + 1));
    }, exts.stream().map(e -> "." + e).collect(Collectors.joining(" ")));
  }

  /**
   * Whether a file met in a folder is a document (by its extension, in any case). The Spark job lists
   * folders with its own file system and asks this, so both runners take the same files.
   */
  public boolean isDocument(String fileName) {
    return isDocumentName.test(fileName.toLowerCase(Locale.ROOT));
  }

  /** The error of a folder given on the command line that holds no documents. */
  public ErrorRecord noDocuments(String shown) {
    return new ErrorRecord(shown, "folder holds no documents (" + extensions + ")");
  }

  /** The error of a path given on the command line that does not exist. */
  public static ErrorRecord missing(String shown, boolean brokenLink) {
    return new ErrorRecord(shown, brokenLink ? "broken symbolic link" : "no such file or folder");
  }

  public Collected collect(List<Path> paths) throws IOException {
    List<Input> out = new ArrayList<>();
    List<ErrorRecord> errors = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<Path> seen = new HashSet<>();
    for (Path p : paths) {
      String shown = p.toString();
      if (!Files.exists(p)) {
        errors.add(missing(shown, Files.isSymbolicLink(p)));
        continue;
      }
      List<Path> files = new ArrayList<>();
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(f -> !hidden(p, f)).filter(Files::isRegularFile)
              .filter(f -> isDocument(f.getFileName().toString()))
              .sorted().forEach(files::add);
        } catch (UncheckedIOException e) {
          errors.add(new ErrorRecord(shown, "cannot list the folder: " + e.getCause().getMessage()));
          continue;
        }
        if (files.isEmpty()) {
          errors.add(noDocuments(shown));
        }
      } else if (!Files.isRegularFile(p)) {
        errors.add(new ErrorRecord(shown, "not a regular file (a device, pipe or socket)"));
        continue;
      } else {
        files.add(p);
      }
      for (Path f : files) {
        if (!seen.add(identity(f))) {
          continue;
        }
        String id = DocIds.unique(DocIds.base(f.getFileName().toString()), ids);
        out.add(new Input(f, f.toString(), id));
      }
    }
    return new Collected(out, errors);
  }

  private static Path identity(Path f) {
    try {
      return f.toRealPath();
    } catch (IOException e) {
      return f.toAbsolutePath().normalize();
    }
  }

  private static boolean hidden(Path root, Path f) {
    for (Path part : root.relativize(f)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
