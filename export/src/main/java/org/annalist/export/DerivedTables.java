package org.annalist.export;

import java.util.List;
import org.annalist.model.ForeignKey;
import org.annalist.model.TableSchema;

/**
 * A role of writers that compute tables of their own from the dataset and write them as CSV beside
 * the dataset's tables (the co-occurrence network's nodes and edges). Writers share no state, so the
 * data package cannot see those tables in the dataset; it asks every registered writer with this
 * role for the schemas of the files it writes instead, and describes them like the dataset's own.
 */
public interface DerivedTables {
  /** The schemas of the CSV files ({@code <name>.csv}) this writer adds, in a fixed order. */
  List<TableSchema> derivedTables();

  /** References from those tables to each other and to the dataset's tables. */
  List<ForeignKey> derivedForeignKeys();
}
