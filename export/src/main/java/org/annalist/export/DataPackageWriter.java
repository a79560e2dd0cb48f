package org.annalist.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.annalist.model.Column;
import org.annalist.model.Dataset;
import org.annalist.model.DatasetWriter;
import org.annalist.model.ForeignKey;
import org.annalist.model.Table;
import org.annalist.model.TableSchema;
import org.annalist.model.WriteOptions;

/**
 * {@code datapackage.json}: a Frictionless Tabular Data Package describing every CSV table, with a
 * Table Schema per table (fields in CSV order with types and descriptions, primary key, foreign keys
 * such as mentions.entity_id -> entities.entity_id), so tools can load the tables typed and joined.
 * Besides the dataset's tables it describes the CSV tables that writers with the
 * {@link DerivedTables} role add (the co-occurrence network), found among the registered writers.
 */
public final class DataPackageWriter implements DatasetWriter {
  @Override
  public String format() {
    return "datapackage";
  }

  @Override
  public String description() {
    return "datapackage.json: Frictionless Data Package with a Table Schema per CSV";
  }

  @Override
  public void write(Dataset dataset, Path dir, WriteOptions options) throws IOException {
    Map<String, Object> pkg = new LinkedHashMap<>();
    pkg.put("profile", "tabular-data-package");
    pkg.put("name", "annalist-dataset");
    pkg.put("title", "Annalist dataset");
    pkg.put("description", "Entities, dates, troop deployments and treaty articles extracted from historical documents.");
    List<Object> resources = new ArrayList<>();
    List<TableSchema> tables = new ArrayList<>(dataset.tables().stream().map(Table::schema).toList());
    List<ForeignKey> foreignKeys = new ArrayList<>(dataset.foreignKeys());
    // tables that writers compute from the dataset and write beside its own (the network's nodes and
    // edges): described here whichever writers this run chose, as the dataset's tables are
    List<DerivedTables> derived = new ArrayList<>();
    ServiceLoader.load(DatasetWriter.class).forEach(w -> {
      if (w instanceof DerivedTables d) {
        derived.add(d);
      }
    });
    derived.sort(Comparator.comparing(d -> ((DatasetWriter) d).format()));
    for (DerivedTables d : derived) {
      tables.addAll(d.derivedTables());
      foreignKeys.addAll(d.derivedForeignKeys());
    }
    for (TableSchema t : tables) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("name", t.name().replace('_', '-'));
      r.put("path", t.name() + ".csv");
      r.put("profile", "tabular-data-resource");
      r.put("description", t.description());
      r.put("format", "csv");
      r.put("mediatype", "text/csv");
      r.put("encoding", "utf-8");
      Map<String, Object> dialect = new LinkedHashMap<>();
      dialect.put("delimiter", ",");
      dialect.put("lineTerminator", "\r\n");
      dialect.put("quoteChar", "\"");
      dialect.put("doubleQuote", true);
      dialect.put("header", true);
      r.put("dialect", dialect);
      Map<String, Object> schema = new LinkedHashMap<>();
      List<Object> fields = new ArrayList<>();
      for (Column c : t.columns()) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", c.name());
        f.put("type", c.type().schemaName());
        f.put("description", c.description());
        fields.add(f);
      }
      schema.put("fields", fields);
      schema.put("missingValues", List.of(""));
      if (!t.primaryKey().isEmpty()) {
        schema.put("primaryKey", t.primaryKey());
      }
      List<Object> fks = new ArrayList<>();
      for (ForeignKey fk : foreignKeys) {
        if (fk.table().equals(t.name())) {
          Map<String, Object> ref = new LinkedHashMap<>();
          ref.put("resource", fk.refTable().replace('_', '-'));
          ref.put("fields", fk.refColumn());
          Map<String, Object> k = new LinkedHashMap<>();
          k.put("fields", fk.column());
          k.put("reference", ref);
          fks.add(k);
        }
      }
      if (!fks.isEmpty()) {
        schema.put("foreignKeys", fks);
      }
      r.put("schema", schema);
      resources.add(r);
    }
    pkg.put("resources", resources);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("datapackage.json").toFile(), pkg);
  }
}
