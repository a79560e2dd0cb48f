package org.annalist.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.annalist.extract.Budget;
import org.annalist.extract.DocumentExtractor;
import org.annalist.extract.dates.SlashOrder;
import org.annalist.extract.nlp.NlpModels;
import org.annalist.ingest.DocumentReaders;
import org.annalist.ingest.DocumentText;
import org.annalist.ingest.ReadOptions;
import org.annalist.ingest.UnreadableDocumentException;
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
   * What changes reading and extraction.
   *
   * @param gazetteers    users' gazetteer files, loaded after the bundled data
   * @param referenceYear year for month-days in documents that state none
   * @param slashOrder    how to read numeric dates such as 10/02/1939
   * @param read          limits and a forced encoding for reading files
   * @param timeBudget    the longest one document may take to read and extract; beyond it, it is an error
   */
  public record Options(List<Path> gazetteers, OptionalInt referenceYear, SlashOrder slashOrder, ReadOptions read,
      Duration timeBudget) {
    /** Five minutes: a 10 MB text (some 1.6 million words) extracts in well under that on one core. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofMinutes(5);

    public Options {
      gazetteers = List.copyOf(gazetteers);
      Objects.requireNonNull(read, "read");
      if (timeBudget.isNegative() || timeBudget.isZero()) {
        throw new IllegalArgumentException("time budget must be positive");
      }
    }

    public Options(List<Path> gazetteers, OptionalInt referenceYear, SlashOrder slashOrder) {
      this(gazetteers, referenceYear, slashOrder, ReadOptions.defaults(), DEFAULT_TIME_BUDGET);
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
    sb.append("encoding=").append(options.read().encoding().map(java.nio.charset.Charset::name).orElse("")).append('\n');
    sb.append("max_document_bytes=").append(options.read().maxDocumentBytes()).append('\n');
    sb.append("max_expanded_bytes=").append(options.read().maxExpandedBytes()).append('\n');
    return sha256(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Reads and processes one file. */
  public Outcome process(InputCollector.Input in) {
    byte[] bytes;
    try {
      bytes = read(in);
    } catch (IOException e) {
      return Outcome.failed(in.shown(), "cannot read: " + oneLine(e));
    } catch (UnreadableDocumentException e) {
      return Outcome.failed(in.shown(), e.reason());
    }
    return process(in.shown(), in.docId(), bytes, sha256(bytes));
  }

  /** The bytes of a file, refused before reading when over the size limit. */
  byte[] read(InputCollector.Input in) throws IOException, UnreadableDocumentException {
    try (InputStream s = Files.newInputStream(in.path())) {
      return ReadOptions.readBounded(s, options.read());
    }
  }

  /** Processes one document given as bytes (what a Spark partition holds); {@code shown} is its path. */
  public Outcome process(String shown, String docId, byte[] bytes) {
    return process(shown, docId, bytes, sha256(bytes));
  }

  Outcome process(String shown, String docId, byte[] bytes, String sha256) {
    try {
      return Budget.within(options.timeBudget(), () -> {
        DocumentText text;
        try {
          text = DocumentReaders.standard().read(bytes, fileName(shown), options.read());
        } catch (UnreadableDocumentException e) {
          return Outcome.failed(shown, e.reason());
        }
        SourceDocument doc = new SourceDocument(docId, text.title().orElseGet(() -> SourceDocument.titleOf(text.text())),
            shown, sha256, text.text(), text.format().id(), text.encodingName());
        Budget.check();
        Loaded l = loaded();
        return Outcome.of(l.transform().rows(l.extractor().extract(doc)));
      });
    } catch (Budget.Exceeded e) {
      return Outcome.failed(shown, e.getMessage() + " (raise it with --time-budget)");
    } catch (RuntimeException | StackOverflowError e) {
      // one document's failure never stops the batch
      return Outcome.failed(shown, "extraction failed: " + oneLine(e));
    }
  }

  private static String fileName(String shown) {
    int slash = Math.max(shown.lastIndexOf('/'), shown.lastIndexOf('\\'));
    return shown.substring(slash + 1);
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
