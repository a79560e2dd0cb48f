package org.annalist.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.annalist.model.DatasetSchema;
import org.annalist.model.DocumentRows;
import org.annalist.model.ErrorRecord;
import org.annalist.model.TableSchema;
import org.annalist.pipeline.DocumentPipeline;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Extraction on the executors: each partition gets the JVM's {@link DocumentPipeline} (models loaded
 * once, {@link Pipelines}) and turns each document row into one <em>outcome</em> row: the document's
 * rows of every fact table (an array of structs per table, typed by {@link DatasetSchema#FACTS}), or
 * the reason it has none. One bad document is an error row, never a failed task: the pipeline
 * already returns errors, and whatever still escapes it (a bug in the conversion, say) is caught here.
 */
final class Extraction {
  /** The columns of a document row: its id, the path as shown to users, its bytes. */
  static final String DOC_ID = "doc_id";
  static final String PATH = "path";
  static final String CONTENT = "content";
  /** Why a document has no rows; null when it has. */
  static final String ERROR = "error";

  /** An outcome row: doc_id, path, error, then one array of rows per fact table, named as the table. */
  static final StructType OUTCOME = outcomeType();

  /** What a partition calls for each document; {@link DocumentPipeline#process} in the job. */
  @FunctionalInterface
  interface Processor {
    DocumentPipeline.Outcome process(String shown, String docId, byte[] bytes);
  }

  private Extraction() { }

  private static StructType outcomeType() {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(DOC_ID, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(PATH, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(ERROR, DataTypes.StringType, true));
    for (TableSchema fact : DatasetSchema.FACTS) {
      fields.add(DataTypes.createStructField(fact.name(),
          DataTypes.createArrayType(SparkTypes.struct(fact), false), false));
    }
    return DataTypes.createStructType(fields);
  }

  /**
   * Runs the pipeline over documents ({@link Corpus#DOCUMENT}: doc_id, path, content, and the error
   * of a file that could not be read), one outcome row per document.
   */
  static Dataset<Row> extract(Dataset<Row> documents, PipelineSettings settings) {
    return documents.select(DOC_ID, PATH, CONTENT, ERROR).mapPartitions(new ExtractPartition(settings),
        Encoders.row(OUTCOME));
  }

  /** The function shipped to the executors: it holds only the settings. */
  static final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final PipelineSettings settings;

    ExtractPartition(PipelineSettings settings) {
      this.settings = settings;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> documents) {
      Processor pipeline = Pipelines.get(settings)::process;
      // lazily, one document at a time, so a partition's memory holds one document's text
      return Iterators.map(documents, d -> d.isNullAt(2)
          ? failed(d.getString(0), new ErrorRecord(d.getString(1), d.getString(3)))
          : outcome(pipeline, d.getString(0), d.getString(1), (byte[]) d.get(2)));
    }
  }

  /** One document's outcome row: its facts, or an error row whatever goes wrong. */
  static Row outcome(Processor pipeline, String docId, String shown, byte[] bytes) {
    try {
      DocumentPipeline.Outcome o = pipeline.process(shown, docId, bytes);
      if (o.rows().isPresent()) {
        return facts(o.rows().get(), shown);
      }
      return failed(docId, o.error().orElseThrow());
    } catch (RuntimeException | StackOverflowError e) {
      // the pipeline guards extraction; this guards the rest, so one document never fails the task
      return failed(docId, new ErrorRecord(shown, "extraction failed: " + oneLine(e)));
    }
  }

  private static Row facts(DocumentRows rows, String shown) {
    Object[] cells = new Object[3 + DatasetSchema.FACTS.size()];
    cells[0] = rows.docId();
    cells[1] = shown;
    cells[2] = null;
    for (int i = 0; i < DatasetSchema.FACTS.size(); i++) {
      List<List<Object>> table = rows.rows(DatasetSchema.FACTS.get(i));
      Row[] out = new Row[table.size()];
      for (int r = 0; r < out.length; r++) {
        out[r] = SparkTypes.row(table.get(r));
      }
      cells[3 + i] = out;
    }
    return RowFactory.create(cells);
  }

  static Row failed(String docId, ErrorRecord error) {
    Object[] cells = new Object[3 + DatasetSchema.FACTS.size()];
    cells[0] = docId;
    cells[1] = error.path();
    cells[2] = error.error();
    for (int i = 0; i < DatasetSchema.FACTS.size(); i++) {
      cells[3 + i] = new Row[0];
    }
    return RowFactory.create(cells);
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replaceAll("\\s+", " ").strip();
  }

  /** The rows of one fact table: every outcome's array of it, flattened. */
  static Dataset<Row> facts(Dataset<Row> outcomes, TableSchema fact) {
    return outcomes.select(explode(col(fact.name())).as("f")).select("f.*");
  }

  /** The documents that failed, as rows of the errors table (path, error). */
  static Dataset<Row> errors(Dataset<Row> outcomes) {
    return outcomes.filter(col(ERROR).isNotNull()).select(col(PATH), col(ERROR).as("error"));
  }

  /** The errors table's schema. */
  static StructType errorType() {
    return SparkTypes.struct(DatasetSchema.ERRORS);
  }
}
