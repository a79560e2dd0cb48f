package org.annalist.cli.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision, recall and F1 of system rows against gold, per document then summed (micro), with
 * the matching rules of the project's {@code score.py}:
 * deployments match on (place, troops) with places compared case-, accent- and
 * punctuation-insensitively; articles on number and at least half of the gold text's words; dates
 * on the set of distinct values; entities when any surface form of a system entity (mentions
 * grouped by canonical name) equals the gold name or an alias of the same type. Gold items under
 * {@code optional} count neither as hit nor as miss.
 */
public final class Scorer {
  /** Counts and derived figures. */
  public record Score(int tp, int fp, int fn) {
    public double precision() {
      return tp + fp > 0 ? (double) tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
    }

    public double recall() {
      return tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
  }

  /** A gold entity: type and normalized surface forms. */
  public record GoldEntity(String type, Set<String> forms) { }

  /** One document's gold annotations, already read from YAML. */
  public record Gold(String doc, List<Map<String, Object>> deployments, List<Map<String, Object>> optionalDeployments,
      List<Map<String, Object>> articles, List<String> dates, List<String> optionalDates,
      List<GoldEntity> entities, List<GoldEntity> optionalEntities) { }

  private Scorer() { }

  public static String norm(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    n = n.replaceAll("[^\\p{L}\\p{N}_]+", " ").strip();
    return n.replaceFirst("^the ", "");
  }

  static Set<String> words(String s) {
    Set<String> w = new HashSet<>();
    for (String x : norm(s).split(" ")) {
      if (!x.isEmpty()) {
        w.add(x);
      }
    }
    return w;
  }

  static Integer toInt(Object v) {
    try {
      return (int) Double.parseDouble(String.valueOf(v).replace(",", "").strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Map<String, List<Map<String, String>>> byDoc(List<Map<String, String>> rows) {
    Map<String, List<Map<String, String>>> out = new HashMap<>();
    for (Map<String, String> r : rows) {
      out.computeIfAbsent(r.getOrDefault("doc_id", ""), k -> new ArrayList<>()).add(r);
    }
    return out;
  }

  public static Score deployments(List<Gold> golds, List<Map<String, String>> rows) {
    var sys = byDoc(rows);
    int[] c = new int[3];
    for (Gold g : golds) {
      Set<String> got = new HashSet<>();
      for (Map<String, String> r : sys.getOrDefault(g.doc(), List.of())) {
        got.add(norm(r.get("place")) + "\u0000" + toInt(r.get("troops")));
      }
      countSets(got, pairs(g.deployments()), pairs(g.optionalDeployments()), c);
    }
    return new Score(c[0], c[1], c[2]);
  }

  /** Set matching: a system item in gold is a hit, one in neither gold nor optional a false positive. */
  private static void countSets(Set<String> got, Set<String> gold, Set<String> optional, int[] c) {
    for (String x : got) {
      if (gold.contains(x)) {
        c[0]++;
      } else if (!optional.contains(x)) {
        c[1]++;
      }
    }
    for (String x : gold) {
      if (!got.contains(x)) {
        c[2]++;
      }
    }
  }

  private static Set<String> pairs(List<Map<String, Object>> ds) {
    Set<String> s = new HashSet<>();
    for (Map<String, Object> d : ds) {
      s.add(norm(String.valueOf(d.get("place"))) + "\u0000" + toInt(d.get("troops")));
    }
    return s;
  }

  public static Score articles(List<Gold> golds, List<Map<String, String>> rows) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    var sys = byDoc(rows);
    for (Gold g : golds) {
      List<Integer> gn = new ArrayList<>();
      List<Set<String>> gw = new ArrayList<>();
      for (Map<String, Object> a : g.articles()) {
        gn.add(toInt(a.get("number")));
        gw.add(words(String.valueOf(a.get("text"))));
      }
      Set<Integer> used = new HashSet<>();
      for (Map<String, String> r : sys.getOrDefault(g.doc(), List.of())) {
        Integer n = toInt(r.get("article"));
        Set<String> w = words(r.getOrDefault("text", ""));
        Integer hit = null;
        for (int i = 0; i < gn.size(); i++) {
          if (used.contains(i) || !gn.get(i).equals(n) || gw.get(i).isEmpty()) {
            continue;
          }
          Set<String> common = new HashSet<>(w);
          common.retainAll(gw.get(i));
          if ((double) common.size() / gw.get(i).size() >= 0.5) {
            hit = i;
            break;
          }
        }
        if (hit == null) {
          fp++;
        } else {
          used.add(hit);
          tp++;
        }
      }
      fn += gn.size() - used.size();
    }
    return new Score(tp, fp, fn);
  }

  static String normDate(String v) {
    String[] parts = v.strip().split("/", -1);
    List<String> p = new ArrayList<>();
    for (String x : parts) {
      p.add(x.strip());
    }
    return String.join("/", p);
  }

  public static Score dates(List<Gold> golds, List<Map<String, String>> rows) {
    var sys = byDoc(rows);
    int[] c = new int[3];
    for (Gold g : golds) {
      Set<String> gold = new HashSet<>();
      g.dates().forEach(d -> gold.add(normDate(d)));
      Set<String> opt = new HashSet<>();
      g.optionalDates().forEach(d -> opt.add(normDate(d)));
      Set<String> got = new HashSet<>();
      for (Map<String, String> r : sys.getOrDefault(g.doc(), List.of())) {
        String v = r.get("value");
        if (v != null && !v.isEmpty()) {
          got.add(normDate(v));
        }
      }
      countSets(got, gold, opt, c);
    }
    return new Score(c[0], c[1], c[2]);
  }

  /** Entity scores: key "ALL" and one key per type (PERSON, LOCATION, ORGANIZATION). */
  public static Map<String, Score> entities(List<Gold> golds, List<Map<String, String>> rows) {
    Map<String, int[]> counts = new TreeMap<>();
    var sys = byDoc(rows);
    for (Gold g : golds) {
      Map<String, Set<String>> groups = new LinkedHashMap<>();
      for (Map<String, String> r : sys.getOrDefault(g.doc(), List.of())) {
        String type = type(r.getOrDefault("type", ""));
        String entity = r.get("entity") == null || r.get("entity").isEmpty() ? r.get("text") : r.get("entity");
        groups.computeIfAbsent(type + "\u0000" + norm(entity), k -> new HashSet<>())
            .addAll(List.of(norm(r.get("text")), norm(entity)));
      }
      Set<Integer> found = new HashSet<>();
      for (Map.Entry<String, Set<String>> e : groups.entrySet()) {
        String type = e.getKey().substring(0, e.getKey().indexOf('\u0000'));
        List<Integer> hit = new ArrayList<>();
        for (int i = 0; i < g.entities().size(); i++) {
          GoldEntity ge = g.entities().get(i);
          if (ge.type().equals(type) && intersects(e.getValue(), ge.forms())) {
            hit.add(i);
          }
        }
        int[] c = counts.computeIfAbsent(type, k -> new int[3]);
        if (!hit.isEmpty()) {
          for (int i : hit) {
            if (!found.contains(i)) {
              found.add(i);
              c[0]++;
              break;
            }
          }
        } else if (g.optionalEntities().stream().noneMatch(o -> o.type().equals(type) && intersects(e.getValue(), o.forms()))) {
          c[1]++;
        }
      }
      for (int i = 0; i < g.entities().size(); i++) {
        if (!found.contains(i)) {
          counts.computeIfAbsent(g.entities().get(i).type(), k -> new int[3])[2]++;
        }
      }
    }
    Map<String, Score> out = new LinkedHashMap<>();
    int[] all = new int[3];
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      out.put(e.getKey(), new Score(e.getValue()[0], e.getValue()[1], e.getValue()[2]));
      for (int i = 0; i < 3; i++) {
        all[i] += e.getValue()[i];
      }
    }
    Map<String, Score> res = new LinkedHashMap<>();
    res.put("ALL", new Score(all[0], all[1], all[2]));
    res.putAll(out);
    return res;
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }

  /** PER/LOC/GPE/ORG spellings to the three type names. */
  public static String type(String t) {
    switch (t.strip().toUpperCase(Locale.ROOT)) {
      case "PER": case "PERSON": return "PERSON";
      case "LOC": case "LOCATION": case "GPE": return "LOCATION";
      case "ORG": case "ORGANIZATION": case "ORGANISATION": return "ORGANIZATION";
      default: return t.strip().toUpperCase(Locale.ROOT);
    }
  }
}
