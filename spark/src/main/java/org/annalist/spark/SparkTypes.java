package org.annalist.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.ColumnType;
import org.annalist.model.DatasetSchema;
import org.annalist.model.TableSchema;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The dataset's schemas as Spark types: one {@link StructType} per table, derived from
 * {@link DatasetSchema} (never written by hand, so a new column reaches the job by itself), the
 * conversion of a schema's row between the project's cell values and Spark's, and the documented
 * order as sort columns. Dates travel as {@link LocalDate} (Spark's Java 8 date API, which the job
 * switches on): {@code java.sql.Date} would shift days before 1582 to the Julian calendar.
 */
final class SparkTypes {
  private SparkTypes() { }

  static DataType type(ColumnType t) {
    switch (t) {
      case INTEGER: return DataTypes.LongType;
      case NUMBER: return DataTypes.DoubleType;
      case BOOLEAN: return DataTypes.BooleanType;
      case DATE: return DataTypes.DateType;
      default: return DataTypes.StringType;
    }
  }

  /** The table's columns, in order, all nullable (as in the store). */
  static StructType struct(TableSchema schema) {
    List<StructField> fields = new ArrayList<>();
    for (org.annalist.model.Column c : schema.columns()) {
      fields.add(DataTypes.createStructField(c.name(), type(c.type()), true));
    }
    return DataTypes.createStructType(fields);
  }

  /** A project row (values of the column types) as a Spark row of {@link #struct}. */
  static Row row(List<Object> values) {
    return org.apache.spark.sql.RowFactory.create(values.toArray());
  }

  /** A Spark row of {@code schema}'s columns as the project's cell values (Long, Double, Boolean, LocalDate, String). */
  static List<Object> values(Row row, TableSchema schema) {
    List<Object> out = new ArrayList<>(schema.columns().size());
    for (int i = 0; i < schema.columns().size(); i++) {
      Object v = row.isNullAt(i) ? null : row.get(i);
      if (v instanceof java.sql.Date d) {
        throw new IllegalStateException("date column read as java.sql.Date (" + d
            + "): spark.sql.datetime.java8API.enabled must be true");
      }
      out.add(v);
    }
    return schema.check(out);
  }

  /** The table's documented order ({@link TableSchema#sortKey()}, ascending, nulls first) as sort columns. */
  static Column[] order(TableSchema schema) {
    return schema.sortKey().stream().map(n -> functions.col(n).asc_nulls_first()).toArray(Column[]::new);
  }

  /** The output schema of that name. */
  static TableSchema output(String name) {
    return DatasetSchema.OUTPUT.stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not an output table: " + name));
  }
}
