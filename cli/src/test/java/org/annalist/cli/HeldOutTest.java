package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.annalist.cli.eval.GoldReader;
import org.annalist.cli.eval.Scorer;
import org.junit.jupiter.api.Test;

/** The texts written for an estimate of generalization (see heldout/README.txt), kept as a regression test. */
class HeldOutTest {
  static final Path HELDOUT = Path.of("src", "test", "resources", "heldout");

  @Test
  void scoresOnTheHeldOutTexts() throws IOException {
    Map<String, Scorer.Score> s = EvaluateCommand.score(GoldReader.read(HELDOUT.resolve("gold")),
        Runs.dataset(List.of(HELDOUT.resolve("docs"))));
    s.forEach((k, v) -> System.out.printf(java.util.Locale.ROOT, "held-out %-22s P %.3f R %.3f F1 %.3f%n", k, v.precision(),
        v.recall(), v.f1()));
    assertThat(s.get("deployments").f1()).isGreaterThanOrEqualTo(0.9);
    assertThat(s.get("articles").f1()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.get("dates").f1()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.get("entities").f1()).isGreaterThanOrEqualTo(0.9);
  }
}
