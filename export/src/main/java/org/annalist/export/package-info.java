/**
 * One writer per format, each a {@link org.annalist.model.DatasetWriter} registered in
 * {@code META-INF/services}: {@link org.annalist.export.CsvWriter} (RFC 4180 files, one per table),
 * {@link org.annalist.export.XlsxWriter} ({@code dataset.xlsx}), {@link org.annalist.export.YamlWriter}
 * ({@code dataset.yaml}), {@link org.annalist.export.JsonLinesWriter} ({@code <table>.jsonl}),
 * {@link org.annalist.export.DataPackageWriter}, {@link org.annalist.export.GeoJsonWriter}, and the
 * formats people look at or chart with: {@link org.annalist.export.ReportWriter} ({@code report.html},
 * with its browser libraries and map as resources), {@link org.annalist.export.NetworkWriter}
 * ({@code network.gexf} and its CSV pair), {@link org.annalist.export.TimelineJsWriter} and
 * {@link org.annalist.export.VegaLiteWriter} ({@code charts/*.vl.json}).
 * Only the Excel writer imports Apache POI, only the CSV writer Commons CSV; writers share no state,
 * and a writer that adds CSV tables of its own declares them through {@link org.annalist.export.DerivedTables}.
 */
package org.annalist.export;
