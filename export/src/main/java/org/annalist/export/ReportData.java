package org.annalist.export;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annalist.model.Dataset;
import org.annalist.model.Table;

/**
 * What the report page shows, read from the dataset in a few streaming passes and cut to sizes a
 * browser opens at once whatever the run's size: counts are aggregated over every row, detail
 * (points, bars, evidence sentences) is capped, and every cap that took effect is described in
 * {@code omitted} so that the page can say what it leaves out. The result is a tree of maps and
 * lists, in a fixed order, that the page reads as JSON.
 *
 * <p>Evidence is kept once, in {@code evidence}, and marks refer to it by index: a base to the
 * sentences that state its figures, a place or entity to sentences that name it, an event to the
 * sentence that dates it, an article to its own text.
 */
final class ReportData {
  /** Events drawn on the timeline; the per-year bars count all of them. */
  static final int MAX_EVENTS = 600;
  /** Bases drawn on the map. */
  static final int MAX_MAP_BASES = 300;
  /** Bars of the troops chart: the largest figures. */
  static final int MAX_BARS = 40;
  /** Places drawn on the map: the most mentioned. */
  static final int MAX_PLACES = 300;
  /** Most mentioned entities listed per type. */
  static final int TOP_ENTITIES = 8;
  /** Treaties shown, those with most articles, and articles shown per treaty. */
  static final int MAX_TREATIES = 15;
  static final int MAX_ARTICLES = 30;
  /** Evidence sentences kept per base, per entity and per place. */
  static final int BASE_EVIDENCE = 3;
  static final int ENTITY_EVIDENCE = 2;
  static final int PLACE_EVIDENCE = 1;
  /** Characters of a sentence or article kept as evidence. */
  static final int MAX_TEXT = 400;

  private final Map<String, Object> root = new LinkedHashMap<>();
  private final List<Map<String, Object>> evidence = new ArrayList<>();
  private final List<String> omitted = new ArrayList<>();
  private final TreeSet<String> docsCited = new TreeSet<>();

  private ReportData() { }

  static Map<String, Object> of(Dataset ds) throws IOException {
    ReportData r = new ReportData();
    r.summary(ds);
    r.bases(ds);
    r.entities(ds);
    r.timeline(ds);
    r.treaties(ds);
    r.documents(ds);
    r.omitted.add(String.format(java.util.Locale.ROOT,
        "Evidence: at most %d sentences per base, %d per entity and %d per place; text over %d characters is cut.",
        BASE_EVIDENCE, ENTITY_EVIDENCE, PLACE_EVIDENCE, MAX_TEXT));
    r.root.put("evidence", r.evidence);
    r.root.put("omitted", r.omitted);
    return r.root;
  }

  private void summary(Dataset ds) {
    Map<String, Object> s = new LinkedHashMap<>();
    for (String t : List.of("documents", "mentions", "entities", "dates", "timeline", "deployments", "troops_per_base",
        "treaty_articles", "errors")) {
      s.put(t, ds.table(t).map(Table::size).orElse(0L));
    }
    root.put("summary", s);
  }

  // ---- bases ----------------------------------------------------------------------------------

  private void bases(Dataset ds) throws IOException {
    List<Map<String, Object>> bases = new ArrayList<>();
    Optional<Table> tpb = ds.table("troops_per_base");
    if (tpb.isPresent()) {
      Table t = tpb.get();
      t.forEachRow(row -> bases.add(record(t, row, "base", "country", "troops", "qualifier", "units", "doc_ids", "figures", "lat", "lon")));
    }
    // the bars show the largest figures, the map every base it can place, both capped
    List<Map<String, Object>> byTroops = new ArrayList<>(bases);
    byTroops.sort(Comparator.comparing((Map<String, Object> b) -> number(b.get("troops"))).reversed()
        .thenComparing(b -> (String) b.get("base")));
    List<Map<String, Object>> bars = byTroops.subList(0, Math.min(MAX_BARS, byTroops.size()));
    List<Map<String, Object>> placed = byTroops.stream().filter(b -> b.get("lat") != null && b.get("lon") != null).toList();
    List<Map<String, Object>> onMap = placed.subList(0, Math.min(MAX_MAP_BASES, placed.size()));
    Map<String, Map<String, Object>> shown = new HashMap<>();
    for (Map<String, Object> b : bars) {
      shown.put((String) b.get("base"), b);
    }
    for (Map<String, Object> b : onMap) {
      shown.put((String) b.get("base"), b);
    }
    for (Map<String, Object> b : shown.values()) {
      b.put("ev", new ArrayList<Integer>());
    }
    Optional<Table> deployments = ds.table("deployments");
    if (deployments.isPresent() && !shown.isEmpty()) {
      Table t = deployments.get();
      int place = t.columnIndex("place_canonical");
      int places = t.columnIndex("places");
      t.forEachRow(row -> {
        for (String p : names(row.get(places), row.get(place))) {
          Map<String, Object> b = shown.get(p);
          if (b != null && evidenceOf(b).size() < BASE_EVIDENCE) {
            evidenceOf(b).add(cite(str(t, row, "doc_id"), str(t, row, "sentence"), str(t, row, "place"),
                number(t, row, "start"), number(t, row, "end")));
          }
        }
      });
    }
    root.put("bars", bars);
    root.put("mapBases", onMap);
    root.put("mapExtent", MapExtent.of(onMap.stream().map(ReportData::lonLat).toList()).orElse(null));
    if (bars.size() < bases.size()) {
      omitted.add(String.format(java.util.Locale.ROOT, "Troops chart: the %d largest of %d bases.", bars.size(), bases.size()));
    }
    if (onMap.size() < placed.size()) {
      omitted.add(String.format(java.util.Locale.ROOT, "Map: the %d largest of %d bases with coordinates.", onMap.size(),
          placed.size()));
    }
    if (placed.size() < bases.size()) {
      omitted.add(String.format(java.util.Locale.ROOT,
          "Map: %d base(s) without coordinates in the gazetteer are not drawn (unplaced.csv lists them).",
          bases.size() - placed.size()));
    }
  }

  /** The canonical names a deployment is given for: its list of places, else its one place. */
  private static List<String> names(Object list, Object one) {
    if (list instanceof String s && !s.isBlank()) {
      return java.util.Arrays.stream(s.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
    return one instanceof String s ? List.of(s) : List.of();
  }

  // ---- entities and places --------------------------------------------------------------------

  private void entities(Dataset ds) throws IOException {
    Optional<Table> et = ds.table("entities");
    Map<String, long[]> perType = new TreeMap<>();
    Map<String, PriorityQueue<Map<String, Object>>> top = new TreeMap<>();
    PriorityQueue<Map<String, Object>> places = new PriorityQueue<>(BY_MENTIONS);
    long[] placesWithCoordinates = {0};
    if (et.isPresent()) {
      Table t = et.get();
      t.forEachRow(row -> {
        String type = str(t, row, "type");
        long mentions = number(t, row, "mentions");
        long[] c = perType.computeIfAbsent(type, k -> new long[2]);
        c[0]++;
        c[1] += mentions;
        keep(top.computeIfAbsent(type, k -> new PriorityQueue<>(BY_MENTIONS)),
            record(t, row, "entity_id", "name", "type", "mentions", "documents"), TOP_ENTITIES);
        if ("LOCATION".equals(type) && row.get(t.columnIndex("lat")) != null && row.get(t.columnIndex("lon")) != null) {
          placesWithCoordinates[0]++;
          keep(places, record(t, row, "entity_id", "name", "country", "mentions", "documents", "lat", "lon"), MAX_PLACES);
        }
      });
    }
    List<Map<String, Object>> types = new ArrayList<>();
    perType.forEach((type, c) -> types.add(map("type", type, "entities", c[0], "mentions", c[1])));
    List<Map<String, Object>> topEntities = new ArrayList<>();
    top.values().forEach(q -> topEntities.addAll(sorted(q)));
    List<Map<String, Object>> placeList = sorted(places);
    // sentences naming the listed entities and places, from one pass over the mentions
    // the most sentences any listing of an entity shows, by entity id
    Map<String, Integer> limit = new HashMap<>();
    for (Map<String, Object> e : topEntities) {
      e.put("ev", new ArrayList<Integer>());
      limit.merge((String) e.get("entity_id"), ENTITY_EVIDENCE, Math::max);
    }
    for (Map<String, Object> p : placeList) {
      p.put("ev", new ArrayList<Integer>());
      limit.merge((String) p.get("entity_id"), PLACE_EVIDENCE, Math::max);
    }
    Map<String, List<Integer>> found = new HashMap<>();
    Optional<Table> mt = ds.table("mentions");
    if (mt.isPresent() && !limit.isEmpty()) {
      Table t = mt.get();
      int id = t.columnIndex("entity_id");
      t.forEachRow(row -> {
        String key = (String) row.get(id);
        if (key == null || !limit.containsKey(key)) {
          return;
        }
        List<Integer> ev = found.computeIfAbsent(key, k -> new ArrayList<>());
        if (ev.size() < limit.get(key)) {
          ev.add(cite(str(t, row, "doc_id"), str(t, row, "sentence"), str(t, row, "text"), number(t, row, "start"),
              number(t, row, "end")));
        }
      });
    }
    for (Map<String, Object> e : topEntities) {
      List<Integer> ev = found.getOrDefault((String) e.get("entity_id"), List.of());
      evidenceOf(e).addAll(ev.subList(0, Math.min(ENTITY_EVIDENCE, ev.size())));
    }
    for (Map<String, Object> p : placeList) {
      List<Integer> ev = found.getOrDefault((String) p.get("entity_id"), List.of());
      evidenceOf(p).addAll(ev.subList(0, Math.min(PLACE_EVIDENCE, ev.size())));
    }
    root.put("entityTypes", types);
    root.put("topEntities", topEntities);
    root.put("places", placeList);
    if (root.get("mapExtent") == null) {
      root.put("mapExtent", MapExtent.of(placeList.stream().map(ReportData::lonLat).toList()).orElse(null));
    }
    if (placeList.size() < placesWithCoordinates[0]) {
      omitted.add(String.format(java.util.Locale.ROOT, "Map: the %d most mentioned of %d places with coordinates.",
          placeList.size(), placesWithCoordinates[0]));
    }
  }

  private static final Comparator<Map<String, Object>> BY_MENTIONS = Comparator
      .comparing((Map<String, Object> m) -> number(m.get("mentions")))
      .thenComparing(Comparator.comparing((Map<String, Object> m) -> (String) m.get("name")).reversed());

  /** Keeps the {@code n} greatest in a min-heap. */
  private static void keep(PriorityQueue<Map<String, Object>> q, Map<String, Object> m, int n) {
    q.add(m);
    if (q.size() > n) {
      q.poll();
    }
  }

  private static List<Map<String, Object>> sorted(PriorityQueue<Map<String, Object>> q) {
    List<Map<String, Object>> l = new ArrayList<>(q);
    l.sort(BY_MENTIONS.reversed());
    return l;
  }

  // ---- timeline -------------------------------------------------------------------------------

  private void timeline(Dataset ds) throws IOException {
    Optional<Table> tl = ds.table("timeline");
    TreeMap<Integer, long[]> years = new TreeMap<>();
    List<Map<String, Object>> events = new ArrayList<>();
    long total = tl.map(Table::size).orElse(0L);
    // an even sample in date order: every stride-th event, so that every period keeps its share
    long stride = Math.max(1, (total + MAX_EVENTS - 1) / MAX_EVENTS);
    if (tl.isPresent()) {
      Table t = tl.get();
      long[] i = {0};
      t.forEachRow(row -> {
        Object start = row.get(t.columnIndex("start"));
        if (start instanceof LocalDate d) {
          years.computeIfAbsent(d.getYear(), k -> new long[1])[0]++;
        }
        if (i[0]++ % stride == 0 && start != null) {
          Map<String, Object> e = record(t, row, "start", "end", "precision", "value", "date_text", "doc_id", "entities");
          e.put("start", start.toString());
          e.put("end", row.get(t.columnIndex("end")) == null ? null : row.get(t.columnIndex("end")).toString());
          long at = number(t, row, "char_start");
          String text = str(t, row, "date_text");
          e.put("ev", List.of(cite(str(t, row, "doc_id"), str(t, row, "event"), text, at, at + (text == null ? 0 : text.length()))));
          events.add(e);
        }
      });
    }
    List<Map<String, Object>> perYear = new ArrayList<>();
    years.forEach((y, n) -> perYear.add(map("year", y, "events", n[0])));
    root.put("years", perYear);
    root.put("events", events);
    if (events.size() < total) {
      omitted.add(String.format(java.util.Locale.ROOT,
          "Timeline: %d of %d dated events are drawn (every %d%s in date order); the year bars count all of them.",
          events.size(), total, stride, ordinal(stride)));
    }
  }

  private static String ordinal(long n) {
    if (n % 100 >= 11 && n % 100 <= 13) {
      return "th";
    }
    return switch ((int) (n % 10)) {
      case 1 -> n == 1 ? "" : "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  // ---- treaties -------------------------------------------------------------------------------

  private void treaties(Dataset ds) throws IOException {
    Optional<Table> ta = ds.table("treaty_articles");
    Map<String, long[]> counts = new HashMap<>();
    if (ta.isPresent()) {
      Table t = ta.get();
      int treaty = t.columnIndex("treaty");
      t.forEachRow(row -> counts.computeIfAbsent(String.valueOf(row.get(treaty)), k -> new long[1])[0]++);
    }
    List<Map.Entry<String, long[]>> ranked = new ArrayList<>(counts.entrySet());
    ranked.sort(Comparator.comparing((Map.Entry<String, long[]> e) -> e.getValue()[0]).reversed()
        .thenComparing(Map.Entry::getKey));
    List<Map<String, Object>> treaties = new ArrayList<>();
    Map<String, long[]> shown = new HashMap<>();
    for (Map.Entry<String, long[]> e : ranked.subList(0, Math.min(MAX_TREATIES, ranked.size()))) {
      treaties.add(map("treaty", e.getKey(), "articles", e.getValue()[0]));
      shown.put(e.getKey(), new long[1]);
    }
    List<Map<String, Object>> articles = new ArrayList<>();
    long[] cut = {0};
    if (ta.isPresent() && !shown.isEmpty()) {
      Table t = ta.get();
      t.forEachRow(row -> {
        long[] n = shown.get(String.valueOf(row.get(t.columnIndex("treaty"))));
        if (n == null) {
          return;
        }
        if (n[0]++ >= MAX_ARTICLES) {
          cut[0]++;
          return;
        }
        Map<String, Object> a = record(t, row, "treaty", "article", "doc_id");
        a.put("ev", List.of(cite(str(t, row, "doc_id"), str(t, row, "text"), null, number(t, row, "start"), number(t, row, "end"))));
        articles.add(a);
      });
    }
    root.put("treaties", treaties);
    root.put("articles", articles);
    if (treaties.size() < ranked.size()) {
      omitted.add(String.format(java.util.Locale.ROOT, "Treaty articles: the %d treaties with most articles of %d.",
          treaties.size(), ranked.size()));
    }
    if (cut[0] > 0) {
      omitted.add(String.format(java.util.Locale.ROOT, "Treaty articles: at most %d articles per treaty (%d not drawn).",
          MAX_ARTICLES, cut[0]));
    }
  }

  // ---- documents ------------------------------------------------------------------------------

  private void documents(Dataset ds) throws IOException {
    Map<String, Object> docs = new LinkedHashMap<>();
    Optional<Table> dt = ds.table("documents");
    if (dt.isPresent() && !docsCited.isEmpty()) {
      Table t = dt.get();
      t.forEachRow(row -> {
        String id = str(t, row, "doc_id");
        if (docsCited.contains(id)) {
          docs.put(id, map("title", str(t, row, "title"), "path", str(t, row, "path")));
        }
      });
    }
    root.put("documents", docs);
  }

  // ---- helpers --------------------------------------------------------------------------------

  private static double[] lonLat(Map<String, Object> m) {
    return new double[] {((Number) m.get("lon")).doubleValue(), ((Number) m.get("lat")).doubleValue()};
  }

  /** Adds a piece of evidence and returns its index. {@code mark} is the part of the text to highlight. */
  private int cite(String doc, String text, String mark, long start, long end) {
    String t = text == null ? "" : text;
    if (t.length() > MAX_TEXT) {
      int at = mark == null ? -1 : t.indexOf(mark);
      // keep the highlighted words in view when a long sentence is cut
      int from = at < 0 ? 0 : Math.max(0, Math.min(at - MAX_TEXT / 3, t.length() - MAX_TEXT));
      t = (from > 0 ? "…" : "") + t.substring(from, Math.min(t.length(), from + MAX_TEXT))
          + (from + MAX_TEXT < t.length() ? "…" : "");
    }
    if (doc != null) {
      docsCited.add(doc);
    }
    evidence.add(map("doc", doc, "text", t, "mark", mark, "start", start, "end", end));
    return evidence.size() - 1;
  }

  @SuppressWarnings("unchecked")
  private static List<Integer> evidenceOf(Map<String, Object> m) {
    return (List<Integer>) m.get("ev");
  }

  private static Map<String, Object> record(Table t, List<Object> row, String... columns) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String c : columns) {
      Object v = row.get(t.columnIndex(c));
      m.put(c, v instanceof LocalDate d ? d.toString() : v);
    }
    return m;
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static String str(Table t, List<Object> row, String column) {
    Object v = row.get(t.columnIndex(column));
    return v == null ? null : v.toString();
  }

  private static long number(Table t, List<Object> row, String column) {
    return number(row.get(t.columnIndex(column)));
  }

  private static long number(Object v) {
    return v instanceof Number n ? n.longValue() : 0;
  }
}
