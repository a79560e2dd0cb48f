package org.annalist.spark;

import java.util.Iterator;
import java.util.List;
import org.annalist.model.RowCursor;
import org.annalist.model.RowSource;
import org.annalist.model.TableSchema;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * An output table of the job as the project's {@link RowSource}: each pass streams the ordered table
 * to the driver a partition at a time ({@code toLocalIterator}), typed as the store types its rows, so
 * code written for the embedded run's dataset (the data package, the manifest, the tests' comparison)
 * reads the job's tables unchanged. For whole tables of a big corpus, read the Parquet instead.
 */
final class SparkTable implements RowSource {
  private final Dataset<Row> ordered;
  private final TableSchema schema;
  private final long size;

  /** @param size the table's row count, known to the job from writing it */
  SparkTable(Dataset<Row> ordered, TableSchema schema, long size) {
    this.ordered = ordered;
    this.schema = schema;
    this.size = size;
  }

  @Override
  public RowCursor open() {
    Iterator<List<Object>> rows = Iterators.map(ordered.toLocalIterator(), r -> SparkTypes.values(r, schema));
    return RowCursor.of(() -> rows);
  }

  @Override
  public long size() {
    return size;
  }
}
