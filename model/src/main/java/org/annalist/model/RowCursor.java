package org.annalist.model;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;

/**
 * An open pass over a table's rows, in the table's order. Rows are lists as long as the table's
 * columns, with values of the column types (or null for an empty cell). Close it when done (a store
 * may hold a query open); a failure while reading surfaces as {@link java.io.UncheckedIOException}.
 */
public interface RowCursor extends Iterator<List<Object>>, Closeable {
  @Override
  void close();

  /** A cursor over rows already in memory. */
  static RowCursor of(Iterable<List<Object>> rows) {
    Iterator<List<Object>> it = rows.iterator();
    return new RowCursor() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public List<Object> next() {
        return it.next();
      }

      @Override
      public void close() {
        // nothing held
      }
    };
  }
}
