package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.annalist.cli.eval.GoldReader;
import org.annalist.cli.eval.Scorer;
import org.annalist.extract.dates.SlashOrder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seeds scored against their gold (seeds/gold, a copy of the evaluation kit's gold) with the
 * kit's matching rules. The floors are issue 8's bars (deployments and articles 0.95, dates 0.97,
 * entities 0.90). The test also prints the figures.
 */
class SeedScoresTest {
  static RunPipeline.Result result;
  static Map<String, Scorer.Score> scores;

  @BeforeAll
  static void run() throws IOException {
    result = RunPipeline.run(new RunPipeline.Options(List.of(Cli.SEEDS), List.of(), OptionalInt.empty(), SlashOrder.MONTH_FIRST,
        2, false), System.err);
    scores = EvaluateCommand.score(GoldReader.read(Cli.SEEDS.resolve("gold")), result.dataset());
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
  void basesAreLocations() {
    var t = result.dataset().table("mentions").orElseThrow();
    int text = t.columnIndex("text");
    int type = t.columnIndex("type");
    for (String base : List.of("Naujoji Vilnia", "Gaižiūnai", "Prienai")) {
      assertThat(t.rows()).as(base).anyMatch(r -> r.get(text).equals(base) && r.get(type).equals("LOCATION"));
      assertThat(t.rows()).as(base).noneMatch(r -> r.get(text).equals(base) && !r.get(type).equals("LOCATION"));
    }
  }

  @Test
  void timelineIsChronological() {
    var t = result.dataset().table("timeline").orElseThrow();
    int start = t.columnIndex("start");
    for (int i = 1; i < t.rows().size(); i++) {
      assertThat(((java.time.LocalDate) t.rows().get(i).get(start)))
          .isAfterOrEqualTo((java.time.LocalDate) t.rows().get(i - 1).get(start));
    }
    assertThat(t.rows()).hasSizeGreaterThan(50);
  }
}
