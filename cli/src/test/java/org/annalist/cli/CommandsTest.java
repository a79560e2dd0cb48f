package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {
  @Test
  void helpAndVersionOnEveryCommand() {
    for (String cmd : new String[] {"run", "evaluate", "train-ner"}) {
      Cli.Result h = Cli.run(cmd, "--help");
      assertThat(h.code()).isZero();
      assertThat(h.out()).contains("Usage: annalist " + cmd);
      Cli.Result v = Cli.run(cmd, "--version");
      assertThat(v.out()).startsWith("annalist ");
    }
    assertThat(Cli.run("--version").out()).startsWith("annalist 0.");
  }

  @Test
  void evaluateJsonHasOneKeyPerTable() throws IOException {
    Cli.Result r = Cli.run("evaluate", "--gold", Cli.SEEDS.resolve("gold").toString(), "--json", Cli.SEEDS.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    for (String t : new String[] {"deployments", "articles", "dates", "entities", "entities/PERSON"}) {
      assertThat(j.get(t).get("precision").isNumber()).isTrue();
      assertThat(j.get(t).get("recall").isNumber()).isTrue();
      assertThat(j.get(t).get("f1").isNumber()).isTrue();
    }
  }

  @Test
  void trainNerTrainsAndCrossValidates(@TempDir Path dir) throws IOException {
    StringBuilder conll = new StringBuilder();
    String[][] sents = {{"Smetona", "I-PER", "visited", "O", "Riga", "I-LOC", ".", "O"},
        {"The", "O", "Red", "I-ORG", "Army", "I-ORG", "entered", "O", "Tallinn", "I-LOC", ".", "O"},
        {"Munters", "I-PER", "met", "O", "Molotov", "I-PER", "in", "O", "Moscow", "I-LOC", ".", "O"},
        {"The", "O", "League", "I-ORG", "of", "I-ORG", "Nations", "I-ORG", "met", "O", "in", "O", "Geneva", "I-LOC", ".", "O"}};
    for (int rep = 0; rep < 5; rep++) {
      for (String[] s : sents) {
        for (int i = 0; i < s.length; i += 2) {
          conll.append(s[i]).append(' ').append(s[i + 1]).append('\n');
        }
        conll.append('\n');
      }
    }
    Path data = dir.resolve("tiny.conll");
    Files.writeString(data, conll, StandardCharsets.UTF_8);
    Path model = dir.resolve("m.bin");
    Cli.Result r = Cli.run("train-ner", "--data", data.toString(), "--out", model.toString(), "--folds", "2", "--iterations", "20");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("sentences: 20").contains("2-fold cross-validation").contains("PERSON").contains("ALL");
    assertThat(Files.size(model)).isGreaterThan(1000);
  }

  @Test
  void injectedFormulasInArticlesAreKeptButNeutralized(@TempDir Path dir) throws IOException {
    Path doc = dir.resolve("hostile.txt");
    Files.writeString(doc, "Treaty of Testing\nThe Treaty of Testing had two articles:\n"
        + "Article 1: =HYPERLINK(\"http://evil.example\",\"click\")\nArticle 2: @SUM(A1:A9)\nArticle 3: +cmd|' /C calc'!A0\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    assertThat(Cli.run("run", doc.toString(), "--out", out.toString(), "-q", "--formats", "csv,yaml").code()).isZero();
    String articles = Files.readString(out.resolve("treaty_articles.csv"));
    assertThat(articles).contains("'=HYPERLINK").contains("'@SUM(A1:A9)").contains("'+cmd");
    try (var files = Files.list(out)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.parse(Files.newBufferedReader(f, StandardCharsets.UTF_8))) {
          for (var rec : parser) {
            for (String cell : rec) {
              assertThat(cell).as(f.getFileName().toString()).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+");
            }
          }
        }
      }
    }
    assertThat(Files.readString(out.resolve("dataset.yaml"))).contains("=HYPERLINK");
  }
}
