package org.annalist.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.model.ErrorRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The listing rules the Spark job shares with the embedded run: which names are documents, the messages. */
class InputCollectorTest {
  private final InputCollector text = InputCollector.documents();

  @Test
  void documentsAreKnownByTheirExtensionInAnyCase() {
    assertThat(text.isDocument("a.txt")).isTrue();
    assertThat(text.isDocument("A.TXT")).isTrue();
    assertThat(text.isDocument("notes.Md")).isTrue();
    assertThat(text.isDocument("page.HTML")).isTrue();
    assertThat(text.isDocument("scan.pdf")).isTrue();
    assertThat(text.isDocument("table.csv")).isFalse();
    assertThat(text.isDocument("txt")).isFalse();
  }

  @Test
  void theListingUsesTheSameRulesAndMessages(@TempDir Path dir) throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("B.TXT"), "b");
    Files.writeString(docs.resolve("a.csv"), "a");
    Path none = Files.createDirectories(dir.resolve("none"));
    InputCollector.Collected c = text.collect(List.of(docs, none, dir.resolve("missing")));
    assertThat(c.inputs()).extracting(InputCollector.Input::docId).containsExactly("B");
    assertThat(c.errors()).containsExactly(text.noDocuments(none.toString()),
        InputCollector.missing(dir.resolve("missing").toString(), false));
    assertThat(InputCollector.missing("x", true)).isEqualTo(new ErrorRecord("x", "broken symbolic link"));
    assertThat(text.noDocuments("x").error()).startsWith("folder holds no documents (").contains(".txt", ".html", ".pdf");
  }
}
