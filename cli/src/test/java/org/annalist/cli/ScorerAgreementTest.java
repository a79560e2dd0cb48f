package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annalist evaluate} must agree with the evaluation kit's score.py (copied to tools/) on
 * every table. Needs python3 with PyYAML; skipped, and says so, where they are missing.
 */
class ScorerAgreementTest {
  private static boolean pythonWithYaml() {
    try {
      Process p = new ProcessBuilder("python3", "-c", "import yaml").redirectErrorStream(true).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @Test
  void evaluateAgreesWithScorePy(@TempDir Path dir) throws Exception {
    assumeTrue(pythonWithYaml(), "python3 with PyYAML is not available");
    Path out = dir.resolve("out");
    assertThat(Cli.run("run", Cli.SEEDS.toString(), "--out", out.toString(), "-q", "--formats", "csv").code()).isZero();
    Process p = new ProcessBuilder("python3", Path.of("..", "tools", "score.py").toString(), Cli.SEEDS.resolve("gold").toString(),
        out.toString(), "--json").redirectErrorStream(true).start();
    String py = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(py).isZero();
    JsonNode expected = new ObjectMapper().readTree(py);
    Cli.Result r = Cli.run("evaluate", "--gold", Cli.SEEDS.resolve("gold").toString(), "--json", Cli.SEEDS.toString());
    JsonNode actual = new ObjectMapper().readTree(r.out());
    for (Map.Entry<String, String> t : Map.of("deployments", "deployments", "articles", "articles", "dates", "dates",
        "entities", "entities").entrySet()) {
      for (String m : new String[] {"precision", "recall", "f1"}) {
        assertThat(actual.get(t.getValue()).get(m).asDouble()).as(t.getKey() + " " + m)
            .isCloseTo(expected.get(t.getKey()).get(m).asDouble(), org.assertj.core.data.Offset.offset(0.0011));
      }
      for (String m : new String[] {"tp", "fp", "fn"}) {
        assertThat(actual.get(t.getValue()).get(m).asInt()).as(t.getKey() + " " + m).isEqualTo(expected.get(t.getKey()).get(m).asInt());
      }
    }
  }
}
