package org.annalist.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.annalist.ingest.DocumentFormat;
import org.annalist.ingest.DocumentReaders;
import org.annalist.ingest.DocumentText;
import org.annalist.ingest.ReadOptions;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {
  private static DocumentText read(String md) throws Exception {
    return DocumentReaders.standard().read(md.getBytes(StandardCharsets.UTF_8), "notes.md", ReadOptions.defaults());
  }

  @Test
  void readsAsRendered() throws Exception {
    DocumentText d = read("""
        Field Notes
        ===========

        The *first* entry, written **in haste**, mentions the
        [old bridge](https://example.org/bridge_(1880) "a title") and ![a map](map.png).
        A `code span` and a snake_case_name stay; 2 * 3 * 4 is arithmetic.\\
        A hard break came before this line.

        ## Orders

        1. Hold the ford.
        1. Send word to the [camp][c].
           The word goes by rider.
        1. Wait.

        - a bullet
        * another

        [c]: https://example.org/camp

        > A quoted line
        > that wraps.

        | Unit | Men |
        |------|----:|
        | First | 1,200 |

        ```
        raw *text* kept
        ```

        ---
        Final &amp; last ~~line~~ &#8212; done.
        """);
    assertThat(d.text()).isEqualTo("""
        Field Notes

        The first entry, written in haste, mentions the old bridge and a map. \
        A code span and a snake_case_name stay; 2 * 3 * 4 is arithmetic.
        A hard break came before this line.

        Orders

        1. Hold the ford.
        2. Send word to the camp. The word goes by rider.
        3. Wait.

        a bullet
        another

        A quoted line that wraps.

        Unit | Men
        First | 1,200

        raw *text* kept

        Final & last line — done.""");
    assertThat(d.title()).contains("Field Notes");
    assertThat(d.format()).isEqualTo(DocumentFormat.MARKDOWN);
  }

  @Test
  void orderedListsStartWhereTheyStartAndRestartAfterAParagraph() throws Exception {
    DocumentText d = read("3. three\n3. four\n\nBetween.\n\n1) one\n1) two\n");
    assertThat(d.text()).isEqualTo("3. three\n4. four\n\nBetween.\n\n1. one\n2. two");
    assertThat(d.title()).isEmpty();
  }

  @Test
  void emptyCellsKeepTheirPlaceInARow() throws Exception {
    assertThat(read("Strength\n\n| | Men |\n|---|---|\n| First | |\n\nEnd.").text())
        .isEqualTo("Strength\n\n | Men\nFirst | \n\nEnd.");
  }

  @Test
  void aLongLineCostsLinearTime() throws Exception {
    String line = "*a _b [c ".repeat(120_000); // over a megabyte of unclosed markup
    long t0 = System.nanoTime();
    DocumentText d = read(line);
    assertThat(d.text()).hasSize(line.strip().length());
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(20);
    String shorter = "*a _b [c ".repeat(10_000); // under the inline limit: markup is parsed, still bounded
    assertThat(read(shorter).text()).isNotEmpty();
  }
}
