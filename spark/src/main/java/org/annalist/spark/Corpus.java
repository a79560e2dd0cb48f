package org.annalist.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.model.ErrorRecord;
import org.annalist.pipeline.DocIds;
import org.annalist.pipeline.InputCollector;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The corpus as the job reads it: one row per document, its path and its bytes, read whole, with the
 * ids and paths the embedded run gives them.
 *
 * <p>The driver lists the inputs with Hadoop's file system API (any of them: local, HDFS, S3...) by
 * {@link InputCollector}'s rules: folders are searched recursively for its document extensions, in
 * any case; hidden files and folders are skipped; a file named directly is taken whatever its
 * extension; a file reached twice (through a link, say) is taken once; files are taken in argument
 * order, then sorted by path (UTF-8 bytes, as {@code java.nio} sorts them), and {@link DocIds}
 * numbers equal names in that order. A document's path is the argument as given joined with the
 * file's path inside it, as {@code annalist run} shows it. Missing arguments and folders without
 * documents are error rows with the embedded run's messages. The list lives on the driver (as
 * Spark's own file index does), a few hundred bytes a document; the executors then read the files,
 * so a file that cannot be read is that document's error row.
 *
 * <p>Spark's {@code binaryFile} source is not used: it drops empty files (no split has a byte) and
 * names starting with {@code _}, which the embedded run takes (as documents or as error rows).
 */
final class Corpus {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");
  private static final InputCollector RULES = InputCollector.documents();
  private static final StructType INPUT = DataTypes.createStructType(List.of(
      DataTypes.createStructField(Extraction.DOC_ID, DataTypes.StringType, false),
      DataTypes.createStructField(Extraction.PATH, DataTypes.StringType, false),
      DataTypes.createStructField("file", DataTypes.StringType, false)));
  /** One row per document: id, path as shown, bytes (null when unreadable) and why not. */
  static final StructType DOCUMENT = DataTypes.createStructType(List.of(
      DataTypes.createStructField(Extraction.DOC_ID, DataTypes.StringType, false),
      DataTypes.createStructField(Extraction.PATH, DataTypes.StringType, false),
      DataTypes.createStructField(Extraction.CONTENT, DataTypes.BinaryType, true),
      DataTypes.createStructField(Extraction.ERROR, DataTypes.StringType, true)));

  /** A document to read: its file (a qualified Hadoop path), the path users see, its id. */
  record Input(String file, String shown, String docId) { }

  /** What the listing found: the documents in order, and the arguments that cannot be used. */
  record Listing(List<Input> inputs, List<ErrorRecord> errors) {
    Listing {
      inputs = List.copyOf(inputs);
      errors = List.copyOf(errors);
    }
  }

  private Corpus() { }

  /** Lists the documents of {@code args} on the driver. */
  static Listing list(List<String> args, Configuration conf) throws IOException {
    List<Input> inputs = new ArrayList<>();
    List<ErrorRecord> errors = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (String arg : args) {
      Path p = new Path(arg);
      FileSystem fs = p.getFileSystem(conf);
      if (!fs.exists(p)) {
        errors.add(InputCollector.missing(shown(arg), isLocal(arg) && Files.isSymbolicLink(java.nio.file.Path.of(arg))));
        continue;
      }
      FileStatus st = fs.getFileStatus(p);
      Path root = st.getPath();
      List<String[]> found = new ArrayList<>(); // {file, path inside the argument}
      if (st.isDirectory()) {
        walk(fs, root, "", found);
        if (found.isEmpty()) {
          errors.add(RULES.noDocuments(shown(arg)));
          continue;
        }
        found.sort(Comparator.comparing(f -> f[1].getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned));
      } else {
        found.add(new String[] {root.toString(), ""});
      }
      for (String[] f : found) {
        if (seen.add(identity(fs, f[0]))) {
          String name = new Path(f[0]).getName();
          inputs.add(new Input(f[0], f[1].isEmpty() ? shown(arg) : shown(arg, f[1]), DocIds.unique(DocIds.base(name), ids)));
        }
      }
    }
    return new Listing(inputs, errors);
  }

  /**
   * The listed documents with their bytes (doc_id, path, content, error), in {@code partitions}
   * partitions of about equal count, as extraction costs by document, not by byte. The executors
   * read the files as the partitions are extracted, one document at a time.
   */
  static Dataset<Row> read(SparkSession spark, Listing listing, int partitions) {
    List<Row> rows = new ArrayList<>(listing.inputs().size());
    for (Input in : listing.inputs()) {
      rows.add(RowFactory.create(in.docId(), in.shown(), in.file()));
    }
    HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
    return spark.createDataFrame(rows, INPUT).repartition(partitions)
        .mapPartitions(new ReadFiles(conf), Encoders.row(DOCUMENT));
  }

  /** Reads each listed file whole on the executor; a file that cannot be read keeps the reason instead. */
  static final class ReadFiles implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final HadoopConf conf;

    ReadFiles(HadoopConf conf) {
      this.conf = conf;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> inputs) {
      return Iterators.map(inputs, in -> {
        Path file = new Path(in.getString(2));
        try (InputStream s = file.getFileSystem(conf.get()).open(file)) {
          return RowFactory.create(in.getString(0), in.getString(1), s.readAllBytes(), null);
        } catch (IOException | OutOfMemoryError e) {
          return RowFactory.create(in.getString(0), in.getString(1), null, "cannot read: " + Extraction.oneLine(e));
        }
      });
    }
  }

  /** What makes two listed files one: on the local file system the real path (links resolved), as the embedded run. */
  private static String identity(FileSystem fs, String file) {
    if ("file".equals(fs.getScheme())) {
      try {
        return java.nio.file.Path.of(new Path(file).toUri()).toRealPath().toString();
      } catch (IOException | RuntimeException e) {
        return file;
      }
    }
    return file;
  }

  /**
   * Adds the documents below {@code dir} ({file, path inside the argument}), not entering hidden
   * folders, nor (on the local file system, as the embedded run) links to folders, so a link loop
   * cannot trap the walk. Plain {@code listStatus}: {@code listFiles} asks every local file for its
   * permissions, one process each.
   */
  private static void walk(FileSystem fs, Path dir, String rel, List<String[]> found) throws IOException {
    for (FileStatus f : fs.listStatus(dir)) {
      String name = f.getPath().getName();
      if (name.startsWith(".")) {
        continue;
      }
      if (f.isDirectory()) {
        if ("file".equals(fs.getScheme()) && Files.isSymbolicLink(java.nio.file.Path.of(f.getPath().toUri()))) {
          continue;
        }
        walk(fs, f.getPath(), rel + name + "/", found);
      } else if (RULES.isDocument(name)) {
        found.add(new String[] {f.getPath().toString(), rel + name});
      }
    }
  }

  private static boolean isLocal(String arg) {
    return !SCHEME.matcher(arg).matches();
  }

  /** An argument as the embedded run shows it ({@code java.nio} normalizes local paths). */
  static String shown(String arg) {
    return isLocal(arg) ? java.nio.file.Path.of(arg).toString() : arg;
  }

  /** A file inside a folder argument, as the embedded run shows it. */
  static String shown(String arg, String rel) {
    if (isLocal(arg)) {
      return java.nio.file.Path.of(arg).resolve(rel).toString();
    }
    return (arg.endsWith("/") ? arg : arg + "/") + rel;
  }
}
