/**
 * The embedded dataset store: DuckDB.
 *
 * <p>One narrow door in ({@link org.annalist.model.FactSink}: a document's fact rows, appended with
 * DuckDB's Appender as each document finishes), SQL inside ({@code aggregate.sql}: entities, troops per
 * base, the timeline), ordered streaming queries out (every output table in its schema's order). Memory
 * therefore grows with nothing but DuckDB's own working set, which is capped and spills to disk.
 * The {@code duckdb} and {@code parquet} writers live here too, because their one library is DuckDB.
 */
package org.annalist.store;
