package org.annalist.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annalist.model.Dataset;
import org.annalist.model.DatasetWriter;
import org.annalist.model.Table;
import org.annalist.model.WriteOptions;

/**
 * {@code charts/*.vl.json}: the report's charts as Vega-Lite specifications that read the CSV files
 * of the output folder ({@code ../troops_per_base.csv}, ...) and aggregate them themselves, for the
 * Vega Editor, vega-cli, Altair or Observable. The map reads {@code charts/countries-110m.json}
 * (Natural Earth, from world-atlas), written beside it, and is fitted to the bases as the report's
 * map is. Only the map's extent depends on the data; the specifications are resources.
 */
public final class VegaLiteWriter implements DatasetWriter {
  static final List<String> CHARTS = List.of("bases_map", "troops_per_base", "entities_by_type", "timeline", "treaty_articles");
  static final String FOLDER = "charts";

  @Override
  public String format() {
    return "vega-lite";
  }

  @Override
  public String description() {
    return "charts/*.vl.json: Vega-Lite specifications of the report's charts, reading the CSV files";
  }

  @Override
  public void write(Dataset dataset, Path dir, WriteOptions options) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Path charts = Files.createDirectories(dir.resolve(FOLDER));
    for (String name : CHARTS) {
      ObjectNode spec = (ObjectNode) json.readTree(ReportWriter.resource("charts/" + name + ".vl.json"));
      if (spec.has("projection")) {
        ObjectNode projection = (ObjectNode) spec.get("projection");
        Optional<java.util.Map<String, Object>> fit = MapExtent.of(points(dataset));
        if (fit.isPresent()) {
          projection.set("fit", json.valueToTree(fit.get()));
        } else {
          projection.remove("fit");
        }
      }
      Files.writeString(charts.resolve(name + ".vl.json"), json.writeValueAsString(spec) + "\n", StandardCharsets.UTF_8);
    }
    Files.writeString(charts.resolve("countries-110m.json"), ReportWriter.resource("report/vendor/countries-110m.json"), StandardCharsets.UTF_8);
  }

  /** The bases' coordinates, else the places', which the map is fitted to. */
  private static List<double[]> points(Dataset ds) throws IOException {
    List<double[]> bases = coordinates(ds.table("troops_per_base"), null);
    return bases.isEmpty() ? coordinates(ds.table("entities"), "LOCATION") : bases;
  }

  private static List<double[]> coordinates(Optional<Table> table, String type) throws IOException {
    List<double[]> points = new ArrayList<>();
    if (table.isEmpty()) {
      return points;
    }
    Table t = table.get();
    int lat = t.columnIndex("lat");
    int lon = t.columnIndex("lon");
    int typeColumn = type == null ? -1 : t.columnIndex("type");
    t.forEachRow(row -> {
      if (row.get(lat) instanceof Double y && row.get(lon) instanceof Double x && (type == null || type.equals(row.get(typeColumn)))) {
        points.add(new double[] {x, y});
      }
    });
    return points;
  }
}
