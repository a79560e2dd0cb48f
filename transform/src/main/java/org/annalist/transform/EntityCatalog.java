package org.annalist.transform;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annalist.model.EntityType;
import org.annalist.model.Mention;

/**
 * Groups mentions from all documents into entities: one entity per (type, canonical name), with
 * every surface form as an alias, mention and document counts, and a stable id derived from type and
 * name ("loc-vilnius"; a numeric suffix only where two names fold to the same id, assigned in sorted
 * order). Add mentions in any order; the result depends only on what was added.
 */
public final class EntityCatalog {
  /** One entity. */
  public record Entity(String id, String name, EntityType type, List<String> aliases, int mentions, List<String> docIds,
      List<String> sources) {
  }

  private record Key(EntityType type, String name) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = type.compareTo(o.type);
      return c != 0 ? c : name.compareTo(o.name);
    }
  }

  private static final class Acc {
    final TreeSet<String> surfaces = new TreeSet<>();
    final TreeSet<String> docs = new TreeSet<>();
    final TreeSet<String> sources = new TreeSet<>();
    int mentions;
  }

  private final Map<Key, Acc> acc = new TreeMap<>();

  public void add(String docId, Mention m, String canonical) {
    Acc a = acc.computeIfAbsent(new Key(m.type(), canonical), k -> new Acc());
    a.surfaces.add(Canonicalizer.clean(m.text()));
    a.docs.add(docId);
    a.sources.add(m.provenance().extractor());
    a.mentions++;
  }

  /** Entities sorted by type, then name; ids unique. */
  public List<Entity> entities() {
    List<Entity> out = new ArrayList<>();
    Map<String, Integer> used = new HashMap<>();
    for (Map.Entry<Key, Acc> e : acc.entrySet()) {
      Key k = e.getKey();
      String base = prefix(k.type()) + "-" + slug(k.name());
      int n = used.merge(base, 1, Integer::sum);
      String id = n == 1 ? base : base + "-" + n;
      Acc a = e.getValue();
      List<String> aliases = a.surfaces.stream().filter(s -> !s.equals(k.name())).toList();
      out.add(new Entity(id, k.name(), k.type(), aliases, a.mentions, List.copyOf(a.docs), List.copyOf(a.sources)));
    }
    return out;
  }

  /** The id of the entity holding (type, canonical); call after all adds. */
  public static Map<String, String> idIndex(List<Entity> entities) {
    Map<String, String> idx = new HashMap<>();
    for (Entity e : entities) {
      idx.put(e.type() + "\u0000" + e.name(), e.id());
    }
    return idx;
  }

  static String prefix(EntityType t) {
    switch (t) {
      case PERSON: return "per";
      case LOCATION: return "loc";
      default: return "org";
    }
  }

  static String slug(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    n = n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return n.isEmpty() ? "x" : n;
  }
}
