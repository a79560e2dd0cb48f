package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;

/** The small pure pieces of the job: part file order, shown paths, the SQL script's statements. */
class SmallPartsTest {
  @Test
  void partFilesAreOrderedByTheirNumberNotAsText() {
    List<Path> parts = List.of(new Path("/o/part-100000-x-c000.txt"), new Path("/o/part-99999-x-c000.txt"),
        new Path("/o/part-00002-x-c000.txt"));
    assertThat(parts.stream().sorted(Comparator.comparingLong(TableFiles::partNumber)).map(Path::getName))
        .containsExactly("part-00002-x-c000.txt", "part-99999-x-c000.txt", "part-100000-x-c000.txt");
    assertThatThrownBy(() -> TableFiles.partNumber(new Path("/o/part-x.txt"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pathsAreShownAsTheEmbeddedRunShowsThem() {
    assertThat(Corpus.shown("docs/", "a/b.txt")).isEqualTo("docs/a/b.txt");
    assertThat(Corpus.shown("./docs", "b.txt")).isEqualTo("./docs/b.txt");
    assertThat(Corpus.shown("docs//x.txt")).isEqualTo("docs/x.txt");
    assertThat(Corpus.shown("hdfs://nn/corpus", "a/b.txt")).isEqualTo("hdfs://nn/corpus/a/b.txt");
    assertThat(Corpus.shown("s3a://bucket/corpus/", "b.txt")).isEqualTo("s3a://bucket/corpus/b.txt");
  }

  @Test
  void theScriptSplitsIntoItsStatements() throws IOException {
    assertThat(Aggregation.statements("-- a comment; still a comment\nSELECT 1\n  FROM x;\n\nSELECT ';' AS s;\nSELECT 3"))
        .containsExactly("SELECT 1\n  FROM x", "SELECT ';' AS s", "SELECT 3");
  }
}
