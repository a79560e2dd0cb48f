package org.annalist.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.annalist.model.Dataset;
import org.annalist.model.DatasetWriter;
import org.annalist.model.RowCursor;
import org.annalist.model.Table;
import org.annalist.model.WriteOptions;

/**
 * Map layers: {@code bases.geojson} with one Point per base of troops_per_base (properties base,
 * country, troops, units, doc_ids) and {@code places.geojson} with every LOCATION entity whose
 * coordinates the gazetteer knows. Places without coordinates are left out, never guessed; the
 * run lists them in {@code unplaced.csv}. Features are streamed, one row at a time.
 */
public final class GeoJsonWriter implements DatasetWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

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
    collection(dir.resolve("bases.geojson"), dataset.table("troops_per_base"),
        List.of("base", "country", "troops", "qualifier", "units", "doc_ids"), row -> true);
    Optional<Table> entities = dataset.table("entities");
    int type = entities.map(t -> t.columnIndex("type")).orElse(-1);
    collection(dir.resolve("places.geojson"), entities,
        List.of("name", "entity_id", "country", "aliases", "mentions", "documents"), row -> "LOCATION".equals(row.get(type)));
  }

  private static void collection(Path file, Optional<Table> table, List<String> props, Predicate<List<Object>> keep)
      throws IOException {
    try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        JsonGenerator g = JSON.getFactory().createGenerator(os)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      if (table.isPresent()) {
        Table t = table.get();
        int lat = t.columnIndex("lat");
        int lon = t.columnIndex("lon");
        int[] idx = props.stream().mapToInt(t::columnIndex).toArray();
        try (RowCursor rows = t.open()) {
          while (rows.hasNext()) {
            List<Object> row = rows.next();
            if (row.get(lat) == null || row.get(lon) == null || !keep.test(row)) {
              continue;
            }
            g.writeStartObject();
            g.writeStringField("type", "Feature");
            g.writeObjectFieldStart("geometry");
            g.writeStringField("type", "Point");
            g.writeArrayFieldStart("coordinates");
            g.writeNumber((Double) row.get(lon));
            g.writeNumber((Double) row.get(lat));
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            for (int i = 0; i < idx.length; i++) {
              g.writeFieldName(props.get(i));
              JSON.writeValue(g, row.get(idx[i]));
            }
            g.writeEndObject();
            g.writeEndObject();
          }
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }
}
