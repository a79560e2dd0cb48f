package org.annalist.model;

import java.util.Objects;

/**
 * A column of one table that refers to the key of another (mentions.entity_id -> entities.entity_id).
 */
public record ForeignKey(String table, String column, String refTable, String refColumn) {
  public ForeignKey {
    Objects.requireNonNull(table);
    Objects.requireNonNull(column);
    Objects.requireNonNull(refTable);
    Objects.requireNonNull(refColumn);
  }
}
