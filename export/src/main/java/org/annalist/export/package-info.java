/**
 * One writer per format, each a {@link org.annalist.model.DatasetWriter} registered in
 * {@code META-INF/services}: {@link org.annalist.export.CsvWriter} (RFC 4180 files, one per table),
 * {@link org.annalist.export.XlsxWriter} ({@code dataset.xlsx}), {@link org.annalist.export.YamlWriter}
 * ({@code dataset.yaml}) and {@link org.annalist.export.JsonLinesWriter} ({@code <table>.jsonl}).
 * Only the Excel writer imports Apache POI, only the CSV writer Commons CSV.
 */
package org.annalist.export;
