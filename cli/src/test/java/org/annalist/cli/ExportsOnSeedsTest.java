package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every output of a default run on the seeds, checked against the CSVs written beside it. */
class ExportsOnSeedsTest {
  @TempDir
  static Path dir;
  static Path out;

  @BeforeAll
  static void run() {
    out = dir.resolve("out");
    Cli.runSeeds(out);
  }

  private static List<String> header(String table) throws IOException {
    try (CSVParser p = CSVFormat.RFC4180.parse(Files.newBufferedReader(out.resolve(table + ".csv"), StandardCharsets.UTF_8))) {
      return p.iterator().next().toList();
    }
  }

  private static List<List<String>> rows(String table) throws IOException {
    try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(Files.newBufferedReader(out.resolve(table + ".csv"), StandardCharsets.UTF_8))) {
      List<List<String>> rows = new ArrayList<>();
      p.forEach(r -> rows.add(r.toList()));
      return rows;
    }
  }

  @Test
  void dataPackageFieldsEqualEachCsvHeader() throws IOException {
    JsonNode pkg = new ObjectMapper().readTree(out.resolve("datapackage.json").toFile());
    assertThat(pkg.get("profile").asText()).isEqualTo("tabular-data-package");
    int n = 0;
    for (JsonNode r : pkg.get("resources")) {
      String path = r.get("path").asText();
      List<String> fields = new ArrayList<>();
      r.get("schema").get("fields").forEach(f -> fields.add(f.get("name").asText()));
      assertThat(fields).as(path).isEqualTo(header(path.replace(".csv", "")));
      for (JsonNode k : r.get("schema").path("primaryKey")) {
        assertThat(fields).contains(k.asText());
      }
      n++;
    }
    try (var s = Files.list(out)) {
      assertThat(n).isEqualTo((int) s.filter(p -> p.toString().endsWith(".csv")).count());
    }
    JsonNode mentions = null;
    for (JsonNode r : pkg.get("resources")) {
      if (r.get("path").asText().equals("mentions.csv")) {
        mentions = r;
      }
    }
    assertThat(mentions.get("schema").get("foreignKeys").toString()).contains("\"entity_id\"").contains("\"entities\"");
  }

  @Test
  void primaryKeysAreUniqueAndForeignKeysResolve() throws IOException {
    JsonNode pkg = new ObjectMapper().readTree(out.resolve("datapackage.json").toFile());
    for (JsonNode r : pkg.get("resources")) {
      String table = r.get("path").asText().replace(".csv", "");
      List<String> head = header(table);
      List<Integer> key = new ArrayList<>();
      r.get("schema").path("primaryKey").forEach(k -> key.add(head.indexOf(k.asText())));
      if (key.isEmpty()) {
        continue;
      }
      java.util.Set<List<String>> seen = new java.util.HashSet<>();
      for (List<String> row : rows(table)) {
        List<String> k = key.stream().map(row::get).toList();
        assertThat(k).as(table).doesNotContain("");
        assertThat(seen.add(k)).as(table + " key " + k).isTrue();
      }
    }
    java.util.Set<String> ids = new java.util.HashSet<>();
    rows("entities").forEach(r -> ids.add(r.get(0)));
    int col = header("mentions").indexOf("entity_id");
    rows("mentions").forEach(r -> assertThat(ids).contains(r.get(col)));
  }

  @Test
  void everyBaseIsOnTheMap() throws IOException {
    JsonNode bases = new ObjectMapper().readTree(out.resolve("bases.geojson").toFile());
    assertThat(bases.get("type").asText()).isEqualTo("FeatureCollection");
    List<String> onMap = new ArrayList<>();
    for (JsonNode f : bases.get("features")) {
      JsonNode c = f.get("geometry").get("coordinates");
      assertThat(c.get(0).asDouble()).isBetween(-180.0, 180.0);
      assertThat(c.get(1).asDouble()).isBetween(-90.0, 90.0);
      onMap.add(f.get("properties").get("base").asText());
    }
    List<String> inTable = rows("troops_per_base").stream().map(r -> r.get(1)).toList();
    assertThat(inTable).isNotEmpty();
    assertThat(onMap).containsExactlyElementsOf(inTable);
    JsonNode places = new ObjectMapper().readTree(out.resolve("places.geojson").toFile());
    assertThat(places.get("features").size()).isGreaterThan(30);
  }

  @Test
  void workbookHasTypedCellsFrozenHeadersFiltersAndCharts() throws IOException {
    try (InputStream in = Files.newInputStream(out.resolve("dataset.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet tpb = wb.getSheet("troops_per_base");
      assertThat(tpb.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(tpb.getPaneInformation().isFreezePane()).isTrue();
      assertThat(tpb.getCTWorksheet().isSetAutoFilter()).isTrue();
      XSSFSheet dates = wb.getSheet("dates");
      int start = header("dates").indexOf("start");
      assertThat(DateUtil.isCellDateFormatted(dates.getRow(1).getCell(start))).isTrue();
      assertThat(wb.getSheet("Charts").getDrawingPatriarch().getCharts()).hasSize(2);
      assertThat(wb.getSheet("README")).isNotNull();
    }
  }

  @Test
  void manifestRecordsInputsModelsAndRows() throws IOException {
    JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertThat(m.get("annalist_version").asText()).isNotEmpty();
    assertThat(m.get("inputs_sha256").size()).isEqualTo(5);
    assertThat(m.get("models_and_data_sha256").toString()).contains("annalist-ner-en.bin").contains("knowledge.tsv");
    assertThat(m.get("rows").get("mentions").asInt()).isEqualTo(rows("mentions").size());
    assertThat(m.get("durations").get("extract_and_transform_ms").asLong()).isGreaterThanOrEqualTo(0);
    List<String> files = new ArrayList<>();
    m.get("files").forEach(f -> files.add(f.asText()));
    assertThat(files).contains("report.html", "network.gexf", "network_edges.csv", "timeline.timelinejs.json",
        "charts/timeline.vl.json", "charts/countries-110m.json", "manifest.json").doesNotHaveDuplicates();
    assertThat(files).noneMatch(f -> f.startsWith("."));
    try (var walk = Files.walk(out)) {
      assertThat(files).hasSize((int) walk.filter(Files::isRegularFile).count());
    }
  }

  @Test
  void theNetworkTablesAreInTheDataPackageWithTheirReferences() throws IOException {
    JsonNode pkg = new ObjectMapper().readTree(out.resolve("datapackage.json").toFile());
    JsonNode edges = null;
    for (JsonNode r : pkg.get("resources")) {
      if (r.get("path").asText().equals("network_edges.csv")) {
        edges = r;
      }
    }
    assertThat(edges).isNotNull();
    assertThat(edges.get("schema").get("foreignKeys").toString()).contains("\"network-nodes\"");
    List<String> nodeIds = rows("network_nodes").stream().map(r -> r.get(0)).toList();
    assertThat(nodeIds).containsExactlyInAnyOrderElementsOf(rows("entities").stream().map(r -> r.get(0)).toList());
    for (List<String> e : rows("network_edges")) {
      assertThat(e.get(0).compareTo(e.get(1))).as("source before target").isNegative();
      assertThat(Long.parseLong(e.get(4))).isPositive();
    }
  }

  @Test
  void jsonLinesHaveOneObjectPerRow() throws IOException {
    List<String> lines = Files.readAllLines(out.resolve("deployments.jsonl"), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(rows("deployments").size());
    assertThat(new ObjectMapper().readTree(lines.get(0)).get("troops").isNumber()).isTrue();
  }
}
