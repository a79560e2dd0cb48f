package org.annalist.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.model.Dataset;
import org.annalist.model.DatasetWriter;
import org.annalist.model.Table;
import org.annalist.model.WriteOptions;

/**
 * Map layers: {@code bases.geojson} with one Point per base of troops_per_base (properties base,
 * country, troops, units, doc_ids) and {@code places.geojson} with every LOCATION entity whose
 * coordinates the gazetteer knows. Places without coordinates are left out, never guessed; the
 * run summary lists them.
 */
public final class GeoJsonWriter implements DatasetWriter {
  @Override
  public String format() {
    return "geojson";
  }

  @Override
  public String description() {
    return "bases.geojson and places.geojson map layers";
  }

  @Override
  public void write(Dataset dataset, Path dir, WriteOptions options) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    json.writeValue(dir.resolve("bases.geojson").toFile(),
        collection(dataset.table("troops_per_base"), List.of("base", "country", "troops", "qualifier", "units", "doc_ids")));
    json.writeValue(dir.resolve("places.geojson").toFile(), collection(dataset.table("entities").map(GeoJsonWriter::locations),
        List.of("name", "entity_id", "country", "aliases", "mentions", "documents")));
  }

  private static Table locations(Table entities) {
    int type = entities.columnIndex("type");
    return new Table(entities.name(), entities.description(), entities.columns(), entities.primaryKey(),
        entities.rows().stream().filter(r -> "LOCATION".equals(r.get(type))).toList());
  }

  private static Map<String, Object> collection(java.util.Optional<Table> table, List<String> props) {
    List<Object> features = new ArrayList<>();
    if (table.isPresent()) {
      Table t = table.get();
      int lat = t.columnIndex("lat");
      int lon = t.columnIndex("lon");
      for (List<Object> row : t.rows()) {
        if (row.get(lat) == null || row.get(lon) == null) {
          continue;
        }
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", "Point");
        geometry.put("coordinates", List.of(row.get(lon), row.get(lat)));
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String p : props) {
          properties.put(p, row.get(t.columnIndex(p)));
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("geometry", geometry);
        f.put("properties", properties);
        features.add(f);
      }
    }
    Map<String, Object> fc = new LinkedHashMap<>();
    fc.put("type", "FeatureCollection");
    fc.put("features", features);
    return fc;
  }
}
