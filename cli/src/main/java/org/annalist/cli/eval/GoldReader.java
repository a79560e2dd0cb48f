package org.annalist.cli.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads gold YAML files in the schema of the evaluation kit (one file per document). */
public final class GoldReader {
  private GoldReader() { }

  public static List<Scorer.Gold> read(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no gold .yaml files in " + dir);
    }
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    List<Scorer.Gold> out = new ArrayList<>();
    for (Path f : files) {
      Map<String, Object> g = map(yaml.readValue(f.toFile(), Map.class));
      String stem = f.getFileName().toString().replaceFirst("\\.yaml$", "");
      String doc = g.get("doc") == null ? stem : String.valueOf(g.get("doc"));
      Map<String, Object> opt = map(g.get("optional"));
      out.add(new Scorer.Gold(doc, list(g.get("deployments")), list(opt.get("deployments")), list(g.get("articles")),
          values(list(g.get("dates"))), values(list(opt.get("dates"))), entities(map(g.get("entities"))),
          entities(map(opt.get("entities")))));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o instanceof Map ? (Map<String, Object>) o : Map.of();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object o) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (o instanceof List<?> l) {
      for (Object x : l) {
        if (x instanceof Map) {
          out.add((Map<String, Object>) x);
        } else if (x != null) {
          out.add(Map.of("name", String.valueOf(x)));
        }
      }
    }
    return out;
  }

  private static List<String> values(List<Map<String, Object>> ds) {
    return ds.stream().map(d -> String.valueOf(d.get("value"))).toList();
  }

  private static List<Scorer.GoldEntity> entities(Map<String, Object> section) {
    List<Scorer.GoldEntity> out = new ArrayList<>();
    for (Map.Entry<String, Object> e : section.entrySet()) {
      for (Map<String, Object> item : list(e.getValue())) {
        Set<String> forms = new HashSet<>();
        forms.add(Scorer.norm(String.valueOf(item.get("name"))));
        if (item.get("aliases") instanceof List<?> al) {
          al.forEach(a -> forms.add(Scorer.norm(String.valueOf(a))));
        }
        out.add(new Scorer.GoldEntity(Scorer.type(e.getKey()), forms));
      }
    }
    return out;
  }
}
