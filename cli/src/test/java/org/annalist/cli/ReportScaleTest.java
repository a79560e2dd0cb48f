package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongFunction;
import org.annalist.export.ReportWriter;
import org.annalist.model.Dataset;
import org.annalist.model.DatasetSchema;
import org.annalist.model.RowCursor;
import org.annalist.model.RowSource;
import org.annalist.model.Table;
import org.annalist.model.TableSchema;
import org.annalist.model.WriteOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a 10,000-document run must still open in a moment: a synthetic dataset of that size
 * (rows per document as in a run of this genre: about 170 mentions, 30 dated events, 3 troop figures
 * and 3 treaty articles, over 20,000 entities, 400 bases and 500 treaties) is written as report.html
 * and opened in headless Chromium: the page stays small, draws without error and caps its detail. The
 * time from navigation to the page's own "ready" mark is measured and printed (the README's figure),
 * not asserted: speed is the benchmark's business, not a unit test's. Rows are generated as they are
 * read, as the store streams them, so the test needs little memory.
 * {@code -Dannalist.reportScaleDocuments=N} changes the size.
 */
class ReportScaleTest {
  static final int DOCUMENTS = Integer.getInteger("annalist.reportScaleDocuments", 10_000);
  static final long SEED = 20_391_010L;
  static final String[] TYPES = {"LOCATION", "PERSON", "ORGANIZATION"};
  static final String[] PRECISIONS = {"day", "month", "year", "decade"};
  static final int ENTITIES = 20_000;
  static final int BASES = 400;
  static final int TREATIES = 500;

  @Test
  void aTenThousandDocumentReportStaysSmallAndOpens(@TempDir Path dir) throws Exception {
    Dataset ds = dataset(DOCUMENTS);
    long t0 = System.nanoTime();
    new ReportWriter().write(ds, dir, WriteOptions.defaults());
    long writeMs = (System.nanoTime() - t0) / 1_000_000;
    Path page = dir.resolve("report.html");
    try (Chromium c = Chromium.start(ReportInBrowserTest.browser(), ReportInBrowserTest.WIDTH, 1000)) {
      List<Double> times = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        c.open(page.toUri() + "#" + i, "document.documentElement.getAttribute('data-report')");
        assertThat(c.eval("document.documentElement.getAttribute('data-report')").asText())
            .as(ReportInBrowserTest.errors(c).toString()).isEqualTo("ready");
        times.add(c.eval("performance.getEntriesByName('annalist-ready')[0].startTime").asDouble());
        c.eval(ReportInBrowserTest.HELPERS);
        assertThat(c.eval("__marks(annalistReport.views.timeline, 'events_marks').length").asInt()).isBetween(1, 600);
        c.open("about:blank", "true");
      }
      times.sort(null);
      System.out.printf(Locale.ROOT, "report.html for %,d documents: %,d bytes, written in %,d ms, drawn %.0f ms after navigation "
          + "(median of 3: %s)%n", DOCUMENTS, Files.size(page), writeMs, times.get(1), times);
      assertThat(ReportInBrowserTest.errors(c)).isEmpty();
    }
    assertThat(Files.size(page)).as("page size").isLessThan(4_000_000L);
  }

  /** A dataset shaped like a run over {@code docs} documents, its rows made as they are read. */
  static Dataset dataset(int docs) {
    List<Table> tables = new ArrayList<>();
    tables.add(table(DatasetSchema.DOCUMENTS, docs, i -> row(doc(i), "Document " + i, "in/" + doc(i) + ".txt", "text", "UTF-8",
        "0".repeat(64), 12_000L, 100L, 2_000L, 170L, 30L, 3L, 3L)));
    tables.add(table(DatasetSchema.MENTIONS, docs * 170L, i -> {
      long d = i / 170;
      long k = i % 170;
      int e = entity(new Random(SEED + i));
      return row(doc(d), TYPES[e % 3], name(e), name(e), id(e), k * 60, k * 60 + 8, sentence(d, k / 4), "gazetteer", 1.0);
    }));
    tables.add(table(DatasetSchema.ENTITIES, ENTITIES, i -> {
      int e = (int) i;
      boolean place = e % 3 == 0;
      return row(id(e), name(e), TYPES[e % 3], "", 1L + 170L * docs / (e + 1) / 10, 1L + docs / (e + 1), doc(e % docs), "gazetteer",
          place ? "Country" : null, place ? 40 + (e * 7919L % 2000) / 100.0 : null, place ? -5 + (e * 104_729L % 4500) / 100.0 : null);
    }));
    tables.add(table(DatasetSchema.TIMELINE, docs * 30L, i -> {
      // in date order, as the table is: days from 1900 to 1960
      LocalDate start = LocalDate.of(1900, 1, 1).plusDays(i * 21_900 / (docs * 30L));
      return row(start, start, PRECISIONS[(int) (i % 4)], start.toString(), start.toString(), sentence(i % docs, i % 25),
          doc(i % docs), i % 12_000, name((int) (i % ENTITIES)));
    }));
    tables.add(table(DatasetSchema.DEPLOYMENTS, docs * 3L, i -> row(doc(i / 3), base(i % BASES), base(i % BASES),
        base(i % BASES), "base", "Country", 1000L + i % 9000, "exact", "infantry", i % 3 * 3000, i % 3 * 3000 + 6,
        sentence(i / 3, 30 + i % 3), "troops", "sentence")));
    tables.add(table(DatasetSchema.TROOPS_PER_BASE, BASES, i -> row("Country", base(i), 1000L + i * 37 % 9000, "exact",
        "infantry", doc(i), docs * 3L / BASES, 50 + (i * 31 % 1000) / 100.0, 15 + (i * 17 % 1500) / 100.0)));
    tables.add(table(DatasetSchema.TREATY_ARTICLES, docs * 3L, i -> row(doc(i / 3), "Treaty " + i % TREATIES, 1 + i % 3,
        "The parties undertake obligation number " + i + " of the treaty.", i % 3 * 200, i % 3 * 200 + 60, "articles")));
    for (TableSchema s : List.of(DatasetSchema.DATES, DatasetSchema.QUANTITIES, DatasetSchema.ERRORS, DatasetSchema.UNPLACED)) {
      tables.add(table(s, 0, i -> List.of()));
    }
    return Dataset.of(tables);
  }

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  private static String doc(long i) {
    String n = Long.toString(i);
    return "doc_" + "0".repeat(Math.max(0, 5 - n.length())) + n;
  }

  private static String base(long i) {
    return "Base " + i;
  }

  private static String id(int e) {
    return "e-" + e;
  }

  private static String name(int e) {
    return "Entity " + e;
  }

  /** Entity numbers drawn with a long tail, as names are: a few very frequent, most rare. */
  private static int entity(Random r) {
    return (int) Math.min(ENTITIES - 1, Math.floor(Math.exp(r.nextDouble() * Math.log(ENTITIES))) - 1);
  }

  private static String sentence(long doc, long k) {
    return "In document " + doc + ", sentence " + k + " tells how the garrison was moved to the frontier after the "
        + "negotiations of the autumn, and how the ministers met again in the capital to settle the remaining questions.";
  }

  private static Table table(TableSchema schema, long size, LongFunction<List<Object>> rowAt) {
    return new Table(schema, new RowSource() {
      @Override
      public RowCursor open() {
        return new RowCursor() {
          private long next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public List<Object> next() {
            if (!hasNext()) {
              throw new java.util.NoSuchElementException();
            }
            return rowAt.apply(next++);
          }

          @Override
          public void close() {
            // nothing held
          }
        };
      }

      @Override
      public long size() {
        return size;
      }
    });
  }
}
