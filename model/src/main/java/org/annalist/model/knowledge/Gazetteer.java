package org.annalist.model.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annalist.model.EntityType;

/**
 * Names the pipeline knows, with their type, kind, host country, coordinates and alternates.
 *
 * <p>File format (UTF-8, tab-separated, {@code #} starts a comment line):
 * {@code name  type  kind  country  lat  lon  aliases} where type is PERSON, LOCATION or
 * ORGANIZATION, kind a free word (country, state, region, city, river, sea, person, ...), country
 * the English name of the host country (for places) or empty, lat/lon decimal degrees or empty,
 * and aliases a {@code |}-separated list. A later file's entry for the same name replaces an
 * earlier one, so a user's file can correct the bundled data.
 *
 * <p>Immutable once built; safe to share between threads.
 */
public final class Gazetteer {
  /** The bundled data files, in load order. */
  public static final List<String> BUNDLED = List.of("places-geonames.tsv", "countries-world.tsv", "sites.tsv", "knowledge.tsv");
  /**
   * The world's towns and cities: known, with coordinates, to {@link #lookup}, but not among {@link #surfaces}
   * (a name that is a place somewhere is a place in a text only when the text treats it as one).
   */
  public static final String WORLD = "places-world.tsv";
  private static final String DEMONYMS = "demonyms.txt";

  /** One known name. */
  public record Entry(String name, EntityType type, String kind, String country, Optional<double[]> coordinates,
      List<String> aliases) {
    public Entry {
      aliases = List.copyOf(aliases);
    }

    public boolean isCountry() {
      return kind.equals("country") || kind.equals("state");
    }
  }

  private final Map<String, Entry> byName;
  private final Map<String, Entry> bySurface;
  private final WorldIndex world;
  private final Set<String> demonyms;
  private final Map<String, String> checksums;

  private Gazetteer(Map<String, Entry> byName, WorldIndex world, Set<String> demonyms, Map<String, String> checksums) {
    this.byName = Collections.unmodifiableMap(byName);
    this.world = world;
    Map<String, Entry> surface = new TreeMap<>();
    for (Entry e : byName.values()) {
      for (String a : e.aliases()) {
        surface.putIfAbsent(a, e);
      }
    }
    // a name that is itself an entry wins over the same string as another entry's alias
    surface.putAll(byName);
    this.bySurface = Collections.unmodifiableMap(surface);
    this.demonyms = Collections.unmodifiableSet(demonyms);
    this.checksums = Collections.unmodifiableMap(checksums);
  }

  /** The bundled gazetteer. */
  public static Gazetteer bundled() {
    return load(List.of());
  }

  /** The bundled gazetteer extended (and overridden) by the users' files. */
  public static Gazetteer load(List<Path> userFiles) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    Map<String, String> sums = new TreeMap<>();
    try {
      for (String f : BUNDLED) {
        byte[] bytes = resource(f);
        sums.put("gazetteer/" + f, sha256(bytes));
        parse(new String(bytes, StandardCharsets.UTF_8), f, entries);
      }
      byte[] worldBytes = resource(WORLD);
      sums.put("gazetteer/" + WORLD, sha256(worldBytes));
      WorldIndex world = WorldIndex.of(worldBytes);
      byte[] dem = resource(DEMONYMS);
      sums.put("gazetteer/" + DEMONYMS, sha256(dem));
      Set<String> demonyms = new TreeSet<>();
      for (String line : new String(dem, StandardCharsets.UTF_8).split("\n")) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          demonyms.add(s);
        }
      }
      for (Path p : userFiles) {
        byte[] bytes = Files.readAllBytes(p);
        sums.put("gazetteer/" + p.getFileName(), sha256(bytes));
        parse(new String(bytes, StandardCharsets.UTF_8), p.toString(), entries);
      }
      return new Gazetteer(entries, world, demonyms, sums);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * SHA-256 of the bundled data files and of the users' files, by name, without loading them: what
   * a run's output depends on besides its inputs.
   */
  public static Map<String, String> checksums(List<Path> userFiles) throws IOException {
    Map<String, String> sums = new TreeMap<>();
    for (String f : BUNDLED) {
      sums.put("gazetteer/" + f, sha256(resource(f)));
    }
    sums.put("gazetteer/" + DEMONYMS, sha256(resource(DEMONYMS)));
    for (Path p : userFiles) {
      sums.put("gazetteer/" + p.getFileName(), sha256(Files.readAllBytes(p)));
    }
    return sums;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = Gazetteer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("gazetteer resource missing: " + name);
      }
      return in.readAllBytes();
    }
  }

  static void parse(String text, String source, Map<String, Entry> into) {
    int lineNo = 0;
    for (String line : text.split("\n")) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 2) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": expected name<TAB>type...");
      }
      String name = f[0].strip();
      EntityType type = EntityType.parse(f[1]).orElseThrow(
          () -> new IllegalArgumentException(source + ":" + ": unknown type '" + f[1] + "'"));
      String kind = field(f, 2).toLowerCase(Locale.ROOT);
      String country = field(f, 3);
      Optional<double[]> coords = Optional.empty();
      if (!field(f, 4).isEmpty() && !field(f, 5).isEmpty()) {
        try {
          coords = Optional.of(new double[] {Double.parseDouble(field(f, 4)), Double.parseDouble(field(f, 5))});
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(source + ":" + lineNo + ": bad coordinates", e);
        }
      }
      List<String> aliases = new ArrayList<>();
      for (String a : field(f, 6).split("\\|")) {
        if (!a.isBlank()) {
          aliases.add(a.strip());
        }
      }
      Entry old = into.get(name);
      if (old != null && coords.isEmpty()) {
        coords = old.coordinates();
      }
      if (old != null && country.isEmpty()) {
        country = old.country();
      }
      // an alias that is another entry's name ("Ukmergė" with alias "Ukmerge", GeoNames' spelling)
      // absorbs that entry: one place, one canonical name, its coordinates kept
      for (String a : aliases) {
        Entry same = into.get(a);
        if (same != null && same.type() == type && !a.equals(name)) {
          into.remove(a);
          if (coords.isEmpty()) {
            coords = same.coordinates();
          }
          if (country.isEmpty()) {
            country = same.country();
          }
        }
      }
      into.put(name, new Entry(name, type, kind.isEmpty() ? "other" : kind, country, coords, aliases));
    }
  }

  /**
   * The world file is generated and large, and a run looks up few of its names: only an index from
   * every name and alias to its row's offset is built; a row becomes an {@link Entry} when looked up.
   */
  private record WorldIndex(byte[] data, Map<String, Integer> rows) {
    static WorldIndex of(byte[] data) {
      Map<String, Integer> rows = new java.util.HashMap<>(1 << 18);
      int pos = 0;
      int n = data.length;
      while (pos < n) {
        int eol = pos;
        while (eol < n && data[eol] != '\n') {
          eol++;
        }
        if (eol > pos && data[pos] != '#') {
          int[] tabs = tabs(data, pos, eol);
          rows.put(new String(data, pos, tabs[0] - pos, StandardCharsets.UTF_8), pos);
          int aliasStart = tabs[5] + 1;
          if (tabs[5] > 0 && aliasStart < eol) {
            for (String a : new String(data, aliasStart, eol - aliasStart, StandardCharsets.UTF_8).split("\\|")) {
              if (!a.isEmpty()) {
                rows.putIfAbsent(a, pos);
              }
            }
          }
        }
        pos = eol + 1;
      }
      return new WorldIndex(data, rows);
    }

    private static int[] tabs(byte[] data, int from, int to) {
      int[] t = new int[6];
      int k = 0;
      for (int i = from; i < to && k < 6; i++) {
        if (data[i] == '\t') {
          t[k++] = i;
        }
      }
      for (; k < 6; k++) {
        t[k] = k == 0 ? to : -1;
      }
      return t;
    }

    Entry entry(int row) {
      int eol = row;
      while (eol < data.length && data[eol] != '\n') {
        eol++;
      }
      String[] f = new String(data, row, eol - row, StandardCharsets.UTF_8).split("\t", -1);
      String lat = f.length > 4 ? f[4] : "";
      String lon = f.length > 5 ? f[5] : "";
      Optional<double[]> coords = lat.isEmpty() || lon.isEmpty() ? Optional.empty()
          : Optional.of(new double[] {Double.parseDouble(lat), Double.parseDouble(lon)});
      List<String> aliases = f.length > 6 && !f[6].isEmpty() ? List.of(f[6].split("\\|")) : List.of();
      return new Entry(f[0], EntityType.LOCATION, f.length > 2 && !f[2].isEmpty() ? f[2] : "town", f.length > 3 ? f[3] : "",
          coords, aliases);
    }
  }

  private static String field(String[] f, int i) {
    return i < f.length ? f[i].strip() : "";
  }

  private static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The entry whose name or alias is exactly {@code surface}; the world's towns after the bundled knowledge. */
  public Optional<Entry> lookup(String surface) {
    Entry e = bySurface.get(surface);
    return e != null ? Optional.of(e) : worldPlace(surface);
  }

  /** A town or city of the world whose name or alias is exactly {@code surface} (words separated by single spaces). */
  public Optional<Entry> worldPlace(String surface) {
    Integer row = world.rows().get(surface);
    return row == null ? Optional.empty() : Optional.of(world.entry(row));
  }

  /** Every surface form (names and aliases) with its entry, sorted. */
  public Map<String, Entry> surfaces() {
    return bySurface;
  }

  public Iterable<Entry> entries() {
    return byName.values();
  }

  /** Adjectives and plurals of peoples ("Soviet", "Lithuanians"): never entities on their own. */
  public boolean isDemonym(String s) {
    return demonyms.contains(s);
  }

  /** SHA-256 of every data file used, for the run manifest. */
  public Map<String, String> checksums() {
    return checksums;
  }
}
