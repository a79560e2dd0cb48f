package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.annalist.cli.eval.GoldReader;
import org.annalist.cli.eval.Scorer;
import org.annalist.extract.dates.SlashOrder;
import org.annalist.model.Dataset;
import org.annalist.model.Table;
import org.annalist.pipeline.DocumentPipeline;
import org.annalist.store.StoreOptions;
import org.annalist.cli.io.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annalist evaluate}: runs the pipeline and scores it against gold annotations. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = Annalist.Version.class,
    description = {"Runs the pipeline on INPUT (default: seeds/) and prints precision, recall and F1 per table and per",
        "entity type against gold YAML files, with the matching rules of the evaluation kit's score.py."},
    footer = {"", "Example: annalist evaluate --gold seeds/gold seeds/", "         annalist evaluate --gold seeds/gold --json"})
public final class EvaluateCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of <doc>.yaml gold files.")
  Path gold;

  @Option(names = "--json", description = "Print JSON: one key per table, each with precision, recall, f1 (and tp, fp, fn).")
  boolean json;

  @Option(names = "--gazetteer", paramLabel = "FILE", description = "Extra gazetteer TSV; repeatable.")
  List<Path> gazetteers = new ArrayList<>();

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files or folders (default: seeds/).")
  List<Path> inputs = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (!Files.isDirectory(gold)) {
      System.err.println("annalist: --gold " + gold + " is not a folder");
      return Annalist.USAGE;
    }
    List<Scorer.Gold> golds = GoldReader.read(gold);
    List<Path> in = inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs;
    Path work = Files.createTempDirectory("annalist-evaluate-");
    Map<String, Scorer.Score> res;
    try (EmbeddedRun r = EmbeddedRun.run(new EmbeddedRun.Options(in, new DocumentPipeline.Options(gazetteers,
        OptionalInt.empty(), SlashOrder.MONTH_FIRST), Runtime.getRuntime().availableProcessors(),
        StoreOptions.defaultMemoryLimit(), false), work, System.err)) {
      if (r.summary().documents() == 0) {
        System.err.println("annalist: no document could be processed");
        return Annalist.NOTHING_PROCESSED;
      }
      res = score(golds, r.dataset());
    } finally {
      OutputFolder.deleteQuietly(work);
    }
    if (json) {
      Map<String, Object> o = new LinkedHashMap<>();
      double macro = 0;
      for (Map.Entry<String, Scorer.Score> e : res.entrySet()) {
        Scorer.Score s = e.getValue();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("precision", round(s.precision()));
        v.put("recall", round(s.recall()));
        v.put("f1", round(s.f1()));
        v.put("tp", s.tp());
        v.put("fp", s.fp());
        v.put("fn", s.fn());
        o.put(e.getKey(), v);
      }
      for (String t : List.of("deployments", "articles", "dates", "entities")) {
        macro += res.get(t).f1();
      }
      o.put("macro_f1", round(macro / 4));
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(o));
    } else {
      double macro = 0;
      for (Map.Entry<String, Scorer.Score> e : res.entrySet()) {
        Scorer.Score s = e.getValue();
        out.println(String.format(Locale.ROOT, "%-22s P %.3f  R %.3f  F1 %.3f   (tp %d, fp %d, fn %d)", e.getKey(),
            s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn()));
      }
      for (String t : List.of("deployments", "articles", "dates", "entities")) {
        macro += res.get(t).f1();
      }
      out.println(String.format(Locale.ROOT, "macro-F1 %.3f", macro / 4));
    }
    return Annalist.OK;
  }

  static double round(double d) {
    return Math.round(d * 1000.0) / 1000.0;
  }

  /** Scores of every table; entity types as "entities/PERSON" etc. */
  static Map<String, Scorer.Score> score(List<Scorer.Gold> golds, Dataset ds) throws IOException {
    Map<String, Scorer.Score> res = new LinkedHashMap<>();
    res.put("deployments", Scorer.deployments(golds, rows(ds, "deployments")));
    res.put("articles", Scorer.articles(golds, rows(ds, "treaty_articles")));
    res.put("dates", Scorer.dates(golds, rows(ds, "dates")));
    Map<String, Scorer.Score> ents = Scorer.entities(golds, rows(ds, "mentions"));
    res.put("entities", ents.get("ALL"));
    ents.forEach((k, v) -> {
      if (!k.equals("ALL")) {
        res.put("entities/" + k, v);
      }
    });
    return res;
  }

  static List<Map<String, String>> rows(Dataset ds, String table) throws IOException {
    Table t = ds.table(table).orElseThrow();
    List<Map<String, String>> out = new ArrayList<>();
    for (List<Object> r : t.readAll()) {
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < r.size(); i++) {
        m.put(t.columns().get(i).name(), r.get(i) == null ? "" : r.get(i).toString());
      }
      out.add(m);
    }
    return out;
  }
}
