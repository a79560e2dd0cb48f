package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annalist.model.DatasetSchema;
import org.annalist.model.DocumentRows;
import org.annalist.model.ErrorRecord;
import org.annalist.pipeline.DocumentPipeline;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** One document's outcome row, whatever the pipeline does with it. */
class ExtractionTest {
  private static final byte[] TEXT = "A line of text.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

  @Test
  void aDocumentsFactsBecomeOneArrayPerFactTable() {
    List<Object> doc = java.util.Arrays.asList("d", "T", "p.txt", "text", "UTF-8", "00", 16L, 1L, 4L, 0L, 0L, 0L, 0L);
    DocumentRows rows = new DocumentRows("d", Map.of("documents", List.of(doc)));
    Row r = Extraction.outcome((shown, id, b) -> new DocumentPipeline.Outcome(Optional.of(rows), Optional.empty()),
        "d", "p.txt", TEXT);
    assertThat(r.size()).isEqualTo(Extraction.OUTCOME.size());
    assertThat(r.getString(0)).isEqualTo("d");
    assertThat(r.isNullAt(2)).isTrue();
    assertThat(List.of((Object[]) r.get(3))).singleElement()
        .satisfies(d -> assertThat(SparkTypes.values((Row) d, DatasetSchema.DOCUMENTS)).isEqualTo(doc));
    for (int i = 4; i < r.size(); i++) {
      assertThat((Object[]) r.get(i)).isEmpty();
    }
  }

  @Test
  void theErrorsThePipelineReturnsAreErrorRows() {
    Row r = Extraction.outcome((shown, id, b) -> new DocumentPipeline.Outcome(Optional.empty(),
        Optional.of(new ErrorRecord(shown, "empty file"))), "d", "p.txt", new byte[0]);
    assertThat(r.getString(1)).isEqualTo("p.txt");
    assertThat(r.getString(2)).isEqualTo("empty file");
  }

  @Test
  void whatEscapesThePipelineIsAnErrorRowNotAFailedTask() {
    Row r = Extraction.outcome((shown, id, b) -> {
      throw new IllegalStateException("a bug\nover two lines");
    }, "d", "p.txt", TEXT);
    assertThat(r.getString(2)).isEqualTo("extraction failed: a bug over two lines");
    for (int i = 3; i < r.size(); i++) {
      assertThat((Object[]) r.get(i)).isEmpty();
    }
    Row deep = Extraction.outcome((shown, id, b) -> {
      throw new StackOverflowError();
    }, "d", "p.txt", TEXT);
    assertThat(deep.getString(2)).isEqualTo("extraction failed: StackOverflowError");
  }
}
