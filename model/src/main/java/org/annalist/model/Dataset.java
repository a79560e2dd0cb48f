package org.annalist.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The canonical dataset of a run: its tables in a fixed order, the links between them, and
 * the facts about the run that writers may record (options, input checksums). Nothing here depends
 * on wall-clock time, so the same inputs give the same dataset. The tables stream their rows from
 * wherever they are kept (memory, the store), so a dataset is cheap to hold whatever its size.
 *
 * @param tables      tables in output order, names unique
 * @param foreignKeys references between tables
 * @param metadata    facts about the run for the manifest (sorted keys)
 */
public record Dataset(List<Table> tables, List<ForeignKey> foreignKeys, Map<String, String> metadata) {
  public Dataset {
    tables = List.copyOf(tables);
    foreignKeys = List.copyOf(foreignKeys);
    metadata = java.util.Collections.unmodifiableMap(new TreeMap<>(metadata));
    Set<String> names = new HashSet<>();
    for (Table t : tables) {
      if (!names.add(t.name())) {
        throw new IllegalArgumentException("duplicate table " + t.name());
      }
    }
    for (ForeignKey fk : foreignKeys) {
      if (!names.contains(fk.table()) || !names.contains(fk.refTable())) {
        throw new IllegalArgumentException("foreign key to a missing table: " + fk);
      }
    }
  }

  /** A dataset of tables alone. */
  public static Dataset of(List<Table> tables) {
    return new Dataset(tables, List.of(), Map.of());
  }

  public Optional<Table> table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** A copy with more tables appended. */
  public Dataset withTables(List<Table> more) {
    List<Table> all = new ArrayList<>(tables);
    all.addAll(more);
    return new Dataset(all, foreignKeys, metadata);
  }

  public Dataset withMetadata(Map<String, String> more) {
    Map<String, String> all = new TreeMap<>(metadata);
    all.putAll(more);
    return new Dataset(tables, foreignKeys, all);
  }
}
