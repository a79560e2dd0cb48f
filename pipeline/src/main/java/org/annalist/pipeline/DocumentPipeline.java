package org.annalist.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.annalist.extract.DocumentExtractor;
import org.annalist.extract.dates.SlashOrder;
import org.annalist.extract.nlp.NlpModels;
import org.annalist.model.DocumentRows;
import org.annalist.model.ErrorRecord;
import org.annalist.model.SourceDocument;
import org.annalist.model.knowledge.Gazetteer;
import org.annalist.transform.DocumentTransform;

/**
 * One document in, its fact rows out: read (decode), extract, per-document transform. This is the
 * API both runners call: the embedded run ({@link BatchRun}) for each file, the Spark job for each
 * row of a partition. Models and data load once, in {@link #load}; {@link #process} is thread-safe
 * and never throws for a bad document: a document that cannot be read or extracted is an
 * {@link ErrorRecord}, and the batch goes on.
 */
public final class DocumentPipeline {
  /**
   * What changes extraction.
   *
   * @param gazetteers    users' gazetteer files, loaded after the bundled data
   * @param referenceYear year for month-days in documents that state none
   * @param slashOrder    how to read numeric dates such as 10/02/1939
   */
  public record Options(List<java.nio.file.Path> gazetteers, OptionalInt referenceYear, SlashOrder slashOrder) {
    public Options {
      gazetteers = List.copyOf(gazetteers);
    }

    public static Options defaults() {
      return new Options(List.of(), OptionalInt.empty(), SlashOrder.MONTH_FIRST);
    }
  }

  /** A document's rows, or why it has none. */
  public record Outcome(Optional<DocumentRows> rows, Optional<ErrorRecord> error) {
    public Outcome {
      if (rows.isPresent() == error.isPresent()) {
        throw new IllegalArgumentException("an outcome is rows or an error");
      }
    }

    static Outcome of(DocumentRows rows) {
      return new Outcome(Optional.of(rows), Optional.empty());
    }

    static Outcome failed(String shown, String why) {
      return new Outcome(Optional.empty(), Optional.of(new ErrorRecord(shown, why)));
    }
  }

  /** The models and data, loaded on the first document that needs extracting. */
  private record Loaded(DocumentExtractor extractor, DocumentTransform transform) { }

  private final Options options;
  private volatile Loaded loaded;

  private DocumentPipeline(Options options) {
    this.options = options;
  }

  /**
   * A pipeline for {@code options}. The models and the gazetteer are loaded once, when the first
   * document is extracted, so a run served entirely from the cache never loads them.
   */
  public static DocumentPipeline load(Options options) {
    return new DocumentPipeline(options);
  }

  private Loaded loaded() {
    Loaded l = loaded;
    if (l == null) {
      synchronized (this) {
        l = loaded;
        if (l == null) {
          Gazetteer gazetteer = Gazetteer.load(options.gazetteers());
          l = new Loaded(new DocumentExtractor(NlpModels.load(), gazetteer, options.slashOrder()),
              new DocumentTransform(gazetteer, options.referenceYear()));
          loaded = l;
        }
      }
    }
    return l;
  }

  public Options options() {
    return options;
  }

  /** SHA-256 of the models and data files, by name: what the output depends on besides the inputs and options. */
  public Map<String, String> checksums() throws IOException {
    Map<String, String> data = new TreeMap<>(Gazetteer.checksums(options.gazetteers()));
    data.putAll(NlpModels.checksums());
    return data;
  }

  /**
   * Everything besides a document's own bytes that its rows depend on, as one SHA-256: the Annalist
   * {@code version}, the models and data, the options. The incremental cache keys on it.
   */
  public String fingerprint(String version) throws IOException {
    StringBuilder sb = new StringBuilder("version=").append(version).append('\n');
    checksums().forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
    sb.append("reference_year=").append(options.referenceYear()).append('\n');
    sb.append("numeric_dates=").append(options.slashOrder()).append('\n');
    return sha256(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Reads and processes one file. */
  public Outcome process(InputCollector.Input in) {
    try {
      byte[] bytes = read(in);
      return process(in.shown(), in.docId(), bytes, sha256(bytes));
    } catch (IOException e) {
      return Outcome.failed(in.shown(), "cannot read: " + oneLine(e));
    }
  }

  /** The bytes of a file. */
  static byte[] read(InputCollector.Input in) throws IOException {
    return Files.readAllBytes(in.path());
  }

  /** Processes one document given as bytes (what a Spark partition holds). */
  public Outcome process(String shown, String docId, byte[] bytes) {
    return process(shown, docId, bytes, sha256(bytes));
  }

  Outcome process(String shown, String docId, byte[] bytes, String sha256) {
    Optional<SourceDocument> doc;
    try {
      doc = TextDecoding.decode(docId, shown, bytes, sha256);
    } catch (TextDecoding.Unreadable e) {
      return Outcome.failed(shown, e.getMessage());
    }
    try {
      Loaded l = loaded();
      return Outcome.of(l.transform().rows(l.extractor().extract(doc.orElseThrow())));
    } catch (RuntimeException | StackOverflowError e) {
      // one document's failure never stops the batch
      return Outcome.failed(shown, "extraction failed: " + oneLine(e));
    }
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replaceAll("\\s+", " ").strip();
  }

  /** Hex SHA-256 of {@code b}. */
  public static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
