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

  private final Options options;
  private final Gazetteer gazetteer;
  private final DocumentExtractor extractor;
  private final DocumentTransform transform;

  private DocumentPipeline(Options options, Gazetteer gazetteer, NlpModels models) {
    this.options = options;
    this.gazetteer = gazetteer;
    this.extractor = new DocumentExtractor(models, gazetteer, options.slashOrder());
    this.transform = new DocumentTransform(gazetteer, options.referenceYear());
  }

  /** Loads the models and the gazetteer once. */
  public static DocumentPipeline load(Options options) {
    return new DocumentPipeline(options, Gazetteer.load(options.gazetteers()), NlpModels.load());
  }

  public Options options() {
    return options;
  }

  /** SHA-256 of the models and data files, by name: what the output depends on besides the inputs and options. */
  public Map<String, String> checksums() throws IOException {
    Map<String, String> data = new TreeMap<>(gazetteer.checksums());
    data.putAll(NlpModels.checksums());
    return data;
  }

  /** Reads and processes one file. */
  public Outcome process(InputCollector.Input in) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(in.path());
    } catch (IOException | OutOfMemoryError e) {
      return Outcome.failed(in.shown(), "cannot read: " + oneLine(e));
    }
    return process(in.shown(), in.docId(), bytes);
  }

  /** Processes one document given as bytes (what a Spark partition holds). */
  public Outcome process(String shown, String docId, byte[] bytes) {
    Optional<SourceDocument> doc;
    try {
      doc = TextDecoding.decode(docId, shown, bytes, sha256(bytes));
    } catch (TextDecoding.Unreadable e) {
      return Outcome.failed(shown, e.getMessage());
    }
    try {
      return Outcome.of(transform.rows(extractor.extract(doc.orElseThrow())));
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
