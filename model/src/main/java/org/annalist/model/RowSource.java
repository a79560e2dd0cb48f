package org.annalist.model;

import java.io.IOException;

/**
 * Where a table's rows come from: memory, or a query on the store. A table may be read several
 * times (one pass per writer), so a source opens a fresh {@link RowCursor} each time and never holds
 * all rows unless they were in memory to begin with.
 */
public interface RowSource {
  /** A new pass over the rows, in the table's order. */
  RowCursor open() throws IOException;

  /** Number of rows. */
  long size() throws IOException;
}
