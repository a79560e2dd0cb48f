package org.annalist.model;

/** The type of a table column; writers use it to type cells (numeric cells, dates, booleans). */
public enum ColumnType {
  /** Text; values are {@link String}. */
  STRING("string"),
  /** Whole numbers; values are {@link Long}. */
  INTEGER("integer"),
  /** Decimal numbers; values are {@link Double}. */
  NUMBER("number"),
  /** true/false; values are {@link Boolean}. */
  BOOLEAN("boolean"),
  /** ISO calendar dates; values are {@link java.time.LocalDate}. */
  DATE("date");

  private final String schemaName;

  ColumnType(String schemaName) {
    this.schemaName = schemaName;
  }

  /** The Frictionless Table Schema name of this type. */
  public String schemaName() {
    return schemaName;
  }

  /** Whether {@code value} (never null) has the Java type this column holds. */
  public boolean accepts(Object value) {
    switch (this) {
      case STRING: return value instanceof String;
      case INTEGER: return value instanceof Long;
      case NUMBER: return value instanceof Double;
      case BOOLEAN: return value instanceof Boolean;
      case DATE: return value instanceof java.time.LocalDate;
      default: return false;
    }
  }
}
