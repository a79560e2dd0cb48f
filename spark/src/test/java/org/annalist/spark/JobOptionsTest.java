package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.annalist.extract.dates.SlashOrder;
import org.junit.jupiter.api.Test;

class JobOptionsTest {
  @Test
  void parsesTheRunCommandsOptions() {
    JobOptions o = JobOptions.parse(new String[] {"in/a", "--out", "o", "hdfs:///b", "--gazetteer", "g.tsv",
        "--reference-date", "1939-10-10", "--numeric-dates", "day-first", "--raw-csv", "--excel-bom", "--buckets", "8",
        "--partitions", "40"});
    assertThat(o.inputs()).containsExactly("in/a", "hdfs:///b");
    assertThat(o.out()).isEqualTo("o");
    assertThat(o.pipeline().gazetteers()).containsExactly("g.tsv");
    assertThat(o.pipeline().referenceYear()).hasValue(1939);
    assertThat(o.pipeline().slashOrder()).isEqualTo(SlashOrder.DAY_FIRST);
    assertThat(o.write().rawCsv()).isTrue();
    assertThat(o.write().excelBom()).isTrue();
    assertThat(o.buckets(1)).isEqualTo(8);
    assertThat(o.partitions(1_000, 2)).isEqualTo(40);
  }

  @Test
  void bucketsAndPartitionsFollowTheCorpusByDefault() {
    JobOptions o = JobOptions.parse(new String[] {"in", "--out", "o"});
    assertThat(o.buckets(500)).isEqualTo(1);
    assertThat(o.buckets(JobOptions.DOCUMENTS_PER_BUCKET + 1)).isEqualTo(2);
    assertThat(o.buckets(Long.MAX_VALUE / 2)).isEqualTo(JobOptions.MAX_BUCKETS);
    assertThat(o.partitions(500, 2)).isEqualTo(8);
    assertThat(o.partitions(3, 16)).isEqualTo(3);
    assertThat(o.partitions(0, 16)).isEqualTo(1);
    assertThat(o.pipeline()).isEqualTo(PipelineSettings.defaults());
  }

  @Test
  void refusesABadCommandLineWithTheReason() {
    for (List<String> bad : List.of(List.of("--out", "o"), List.of("in"), List.of("in", "--out"),
        List.of("in", "--out", "o", "--frobnicate"), List.of("in", "--out", "o", "--buckets", "0"),
        List.of("in", "--out", "o", "--buckets", "257"), List.of("in", "--out", "o", "--partitions", "x"),
        List.of("in", "--out", "o", "--numeric-dates", "year-first"),
        List.of("in", "--out", "o", "--reference-date", "10/10/1939"))) {
      assertThatThrownBy(() -> JobOptions.parse(bad.toArray(String[]::new))).as("%s", bad)
          .isInstanceOf(IllegalArgumentException.class).message().isNotBlank();
    }
  }
}
