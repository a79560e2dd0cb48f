package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.annalist.extract.dates.SlashOrder;
import org.annalist.pipeline.DocumentPipeline;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job (local[2]) against the embedded run on the same inputs: every output table, every
 * row, every column, typed, in the documented order (Parquet read back), the CSV files byte for
 * byte, the data package. On the seeds; on a corpus of every kind of bad input and file listing case;
 * on the dev set when /work/shared is on this machine (or ANNALIST_DEVSET names a folder).
 */
class EmbeddedEqualityTest {
  private static SparkSession spark;

  @TempDir
  Path tmp;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** Runs both on {@code args}, the Spark job with {@code options} too; returns the embedded run's tables. */
  private EmbeddedRun.Result assertSameAsEmbedded(List<String> args, List<Path> gazetteers, String... options)
      throws IOException {
    List<Path> paths = args.stream().map(Path::of).toList();
    EmbeddedRun.Result embedded = EmbeddedRun.run(paths, new DocumentPipeline.Options(gazetteers, OptionalInt.empty(),
        SlashOrder.MONTH_FIRST), tmp.resolve("work"), Files.createDirectories(tmp.resolve("embedded")));
    Path out = tmp.resolve("spark-out");
    List<String> all = new ArrayList<>(args);
    all.add("--out");
    all.add(out.toString());
    for (Path g : gazetteers) {
      all.add("--gazetteer");
      all.add(g.toString());
    }
    all.addAll(List.of(options));
    long t0 = System.nanoTime();
    AnnalistSparkJob.Summary s = AnnalistSparkJob.run(spark, JobOptions.parse(all.toArray(String[]::new)));
    System.err.printf("%s: Spark job %d ms %s; %s%n", args, (System.nanoTime() - t0) / 1_000_000, s.millis(),
        TableComparison.counts(embedded.tables()));
    TableComparison.assertSame(spark, embedded, out);
    java.util.Map<String, Long> sizes = new java.util.LinkedHashMap<>();
    embedded.tables().forEach((n, rows) -> sizes.put(n, (long) rows.size()));
    assertThat(s.rows()).as("rows the job reports").containsExactlyEntriesOf(sizes);
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.path("engine").asText()).isEqualTo("spark");
    sizes.forEach((n, rows) -> assertThat(manifest.path("rows").path(n).asLong()).as("manifest rows of %s", n).isEqualTo(rows));
    assertThat(manifest.path("inputs_sha256").size()).isEqualTo(embedded.tables().get("documents").size());
    assertThat(manifest.path("documents").asLong()).isEqualTo(s.documents());
    return embedded;
  }

  /** The seeds, with the per-document tables' Parquet in three buckets (the other corpora get one file per table). */
  @Test
  void seedsEqualTheEmbeddedRun() throws IOException {
    assertSameAsEmbedded(List.of("../seeds"), List.of(), "--buckets", "3", "--partitions", "3");
    assertThat(tmp.resolve("spark-out/parquet/mentions")).isDirectoryContaining("glob:**/doc_bucket=*");
  }

  @Test
  void badInputsAndListingCasesEqualTheEmbeddedRun() throws IOException {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    write(docs.resolve("a.txt"), "On October 10, 1939, Lithuania signed a treaty of mutual assistance in Moscow.\n");
    write(Files.createDirectories(docs.resolve("sub")).resolve("a.txt"),
        "In the spring of 1940 about 20,000 soldiers were stationed near Vilnius.\n");
    write(docs.resolve("a~2.md"), "# A note\n\nThe treaty was ratified in November 1939 in Kaunas.\n");
    write(docs.resolve("UPPER.TXT"), "General Smith arrived in Riga on 3 March 1941.\n");
    write(docs.resolve("space name é.txt"), "The delegation left Helsinki in December 1939.\n");
    write(docs.resolve("table.csv"), "not a document in a folder, a document when named\n");
    write(docs.resolve(".hidden.txt"), "hidden files are skipped\n");
    write(Files.createDirectories(docs.resolve(".hid")).resolve("c.txt"), "so are hidden folders\n");
    Files.write(docs.resolve("empty.txt"), new byte[0]);
    write(docs.resolve("blank.txt"), "  \n\t\n");
    Files.write(docs.resolve("binary.txt"), new byte[] {'a', 0, 'b', 0, 'c'});
    Files.write(docs.resolve("latin1.txt"), "Caf\u00e9 in Tallinn, 1939\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.createSymbolicLink(docs.resolve("sub").resolve("loop"), docs);
    Files.createSymbolicLink(docs.resolve("linked.txt"), docs.resolve("a.txt"));
    Path none = Files.createDirectories(tmp.resolve("none"));
    write(none.resolve("data.csv"), "a,b\n");
    Path places = tmp.resolve("places.tsv");
    write(places, "# a place no bundled list knows\nZarvonia\tLOCATION\ttown\tLatvia\t56.5\t24.25\tZarvon\n");
    write(docs.resolve("z.txt"), "In May 1940 a garrison of 1,200 men was stationed at Zarvon.\n");
    EmbeddedRun.Result embedded = assertSameAsEmbedded(List.of(docs.toString(), docs.resolve("sub").toString(),
        docs.resolve("table.csv").toString(), none.toString(), tmp.resolve("missing").toString(),
        docs.resolve("a.txt").toString()), List.of(places));
    // the user's gazetteer reached the executors: the place is known, with its coordinates
    assertThat(embedded.tables().get("entities")).anySatisfy(e -> {
      assertThat(e.subList(1, 3)).containsExactly("Zarvonia", "LOCATION");
      assertThat(e.subList(9, 11)).containsExactly(56.5, 24.25);
    });
  }

  @Test
  void devSetEqualsTheEmbeddedRun() throws IOException {
    String dev = System.getenv().getOrDefault("ANNALIST_DEVSET", "/work/shared/devset/docs");
    assumeTrue(Files.isDirectory(Path.of(dev)), "no dev set at " + dev);
    assertSameAsEmbedded(List.of(dev), List.of());
  }

  private static void write(Path p, String text) throws IOException {
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }
}
