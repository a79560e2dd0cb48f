package org.annalist.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.export.CsvWriter;
import org.annalist.export.DataPackageWriter;
import org.annalist.model.Dataset;
import org.annalist.model.ErrorRecord;
import org.annalist.model.Table;
import org.annalist.model.WriteOptions;
import org.annalist.pipeline.BatchRun;
import org.annalist.pipeline.DocumentPipeline;
import org.annalist.pipeline.InputCollector;
import org.annalist.store.DuckDbStore;
import org.annalist.store.StoreOptions;

/**
 * The embedded run as {@code annalist run} does it (list, the same DocumentPipeline through BatchRun
 * into the DuckDB store, aggregate.sql), for comparison: every output table's rows in the store's
 * order, and its CSV files and data package written by the project's writers.
 */
final class EmbeddedRun {
  /** The tables' rows by name, in output order, and the folder holding the CSV files and datapackage.json. */
  record Result(Map<String, List<List<Object>>> tables, Path files) { }

  private EmbeddedRun() { }

  static Result run(List<Path> inputs, DocumentPipeline.Options options, Path work, Path files) throws IOException {
    InputCollector.Collected collected = InputCollector.documents().collect(inputs);
    DocumentPipeline pipeline = DocumentPipeline.load(options);
    try (DuckDbStore store = DuckDbStore.create(StoreOptions.defaults(work, 2))) {
      for (ErrorRecord e : collected.errors()) {
        store.error(e);
      }
      BatchRun.run(pipeline, collected.inputs(), store, 2, BatchRun.Progress.none());
      Dataset ds = store.finish();
      new CsvWriter().write(ds, files, WriteOptions.defaults());
      new DataPackageWriter().write(ds, files, WriteOptions.defaults());
      Map<String, List<List<Object>>> tables = new LinkedHashMap<>();
      for (Table t : ds.tables()) {
        tables.put(t.name(), t.readAll());
      }
      return new Result(tables, files);
    }
  }
}
