package org.annalist.model;

import java.util.Objects;

/**
 * A table column.
 *
 * @param name        header name, snake_case
 * @param type        value type
 * @param description one sentence for people (README sheet, data package)
 */
public record Column(String name, ColumnType type, String description) {
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("column name must be snake_case: " + name);
    }
  }

  public static Column string(String name, String description) {
    return new Column(name, ColumnType.STRING, description);
  }

  public static Column integer(String name, String description) {
    return new Column(name, ColumnType.INTEGER, description);
  }

  public static Column number(String name, String description) {
    return new Column(name, ColumnType.NUMBER, description);
  }

  public static Column bool(String name, String description) {
    return new Column(name, ColumnType.BOOLEAN, description);
  }

  public static Column date(String name, String description) {
    return new Column(name, ColumnType.DATE, description);
  }
}
