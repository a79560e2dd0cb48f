package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.annalist.cli.eval.GoldReader;
import org.annalist.cli.eval.Scorer;
import org.annalist.model.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seeds scored against their gold (seeds/gold, a copy of the evaluation kit's gold) with the
 * kit's matching rules. The floors are issue 8's bars (deployments and articles 0.95, dates 0.97,
 * entities 0.90). The test also prints the figures.
 */
class SeedScoresTest {
  static Dataset result;
  static Map<String, Scorer.Score> scores;

  @BeforeAll
  static void run() throws IOException {
    result = Runs.dataset(List.of(Cli.SEEDS));
    scores = EvaluateCommand.score(GoldReader.read(Cli.SEEDS.resolve("gold")), result);
    scores.forEach((k, v) -> System.out.printf(java.util.Locale.ROOT, "seed score %-22s P %.3f R %.3f F1 %.3f%n", k,
        v.precision(), v.recall(), v.f1()));
  }

  @Test
  void deploymentsAndArticles() {
    assertThat(scores.get("deployments").f1()).isGreaterThanOrEqualTo(0.95);
    assertThat(scores.get("articles").f1()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void datesFindEverythingTheSeedTextsHold() {
    assertThat(scores.get("dates").f1()).isGreaterThanOrEqualTo(0.97);
    assertThat(scores.get("dates").precision()).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void entities() {
    assertThat(scores.get("entities").f1()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void basesAreLocations() throws IOException {
    var t = result.table("mentions").orElseThrow();
    int text = t.columnIndex("text");
    int type = t.columnIndex("type");
    for (String base : List.of("Naujoji Vilnia", "Gaižiūnai", "Prienai")) {
      assertThat(t.readAll()).as(base).anyMatch(r -> r.get(text).equals(base) && r.get(type).equals("LOCATION"));
      assertThat(t.readAll()).as(base).noneMatch(r -> r.get(text).equals(base) && !r.get(type).equals("LOCATION"));
    }
  }

  @Test
  void timelineIsChronological() throws IOException {
    var rows = result.table("timeline").orElseThrow().readAll();
    int start = result.table("timeline").orElseThrow().columnIndex("start");
    for (int i = 1; i < rows.size(); i++) {
      assertThat(((java.time.LocalDate) rows.get(i).get(start)))
          .isAfterOrEqualTo((java.time.LocalDate) rows.get(i - 1).get(start));
    }
    assertThat(rows).hasSizeGreaterThan(50);
  }
}
