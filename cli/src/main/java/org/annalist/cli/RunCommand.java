package org.annalist.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.annalist.cli.io.OutputFolder;
import org.annalist.extract.dates.SlashOrder;
import org.annalist.model.Dataset;
import org.annalist.model.DatasetWriter;
import org.annalist.model.RowCursor;
import org.annalist.model.Table;
import org.annalist.model.WriteOptions;
import org.annalist.ingest.ReadOptions;
import org.annalist.pipeline.BatchRun;
import org.annalist.pipeline.DocumentPipeline;
import org.annalist.store.StoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annalist run}: the main job. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Annalist.Version.class,
    description = {"Extracts entities, dates, troop figures and treaty articles from documents and writes the dataset.",
        "INPUT is files or folders of documents: text (.txt, any encoding), Markdown, HTML, PDF (with a text layer),",
        "Word (.docx), OpenDocument (.odt) and RTF."},
    footer = {"", "Example: annalist run seeds/ --out out/ --formats csv,xlsx",
        "Exit codes: 0 done (bad inputs are listed in errors.csv), 1 no input could be processed,",
        "2 bad command line, 3 output not written."})
public final class RunCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files or folders (default: seeds/).")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder, replaced when the run completes (default: out/).")
  Path out = Path.of("out");

  @Option(names = "--formats", split = ",", paramLabel = "FORMAT",
      description = "Writers to run, comma-separated (default: all). Known: ${COMPLETION-CANDIDATES}",
      completionCandidates = Formats.class)
  List<String> formats = new ArrayList<>();

  @Option(names = "--gazetteer", paramLabel = "FILE", description = "Extra gazetteer TSV (name, type, kind, country, lat, lon, aliases); repeatable.")
  List<Path> gazetteers = new ArrayList<>();

  @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
      description = "Year for month-days in documents that never state a year (default: none; such dates get no value).")
  LocalDate referenceDate;

  @Option(names = "--numeric-dates", paramLabel = "ORDER", description = "How to read 10/02/1939: month-first (default) or day-first.",
      converter = SlashOrderConverter.class)
  SlashOrder slashOrder = SlashOrder.MONTH_FIRST;

  @Option(names = "--threads", paramLabel = "N", description = "Documents extracted in parallel (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--raw-csv", description = "Do not neutralize CSV cells that start with = + - @ (formula injection guard).")
  boolean rawCsv;

  @Option(names = "--excel-bom", description = "Start CSV files with a UTF-8 byte-order mark, for Excel on Windows.")
  boolean excelBom;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary.")
  boolean quiet;

  @Option(names = "--encoding", paramLabel = "NAME",
      description = "Read text, Markdown and HTML files in this encoding instead of detecting it, e.g. windows-1252.")
  String encoding;

  @Option(names = "--max-document-size", paramLabel = "SIZE",
      description = "Larger files are not read (an errors.csv row), e.g. 16MB (default: 64MB).")
  String maxDocumentSize;

  @Option(names = "--time-budget", paramLabel = "SECONDS",
      description = "Longest one document may take to read and extract; beyond it, it is an errors.csv row (default: 300).")
  long timeBudgetSeconds = DocumentPipeline.Options.DEFAULT_TIME_BUDGET.toSeconds();

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Keep each document's extracted facts in DIR; a re-run extracts only new and changed documents.")
  Path cache;

  @Option(names = "--store-memory", paramLabel = "SIZE",
      description = "Memory the embedded store (DuckDB) may use before spilling to disk, e.g. 512MB, 2GB (default: half the Java heap, 128MB-4GB).")
  String storeMemoryLimit;

  static final class Formats extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Formats() {
      super(writers().keySet());
    }
  }

  static final class SlashOrderConverter implements picocli.CommandLine.ITypeConverter<SlashOrder> {
    @Override
    public SlashOrder convert(String v) {
      switch (v) {
        case "month-first": return SlashOrder.MONTH_FIRST;
        case "day-first": return SlashOrder.DAY_FIRST;
        default: throw new picocli.CommandLine.TypeConversionException("expected month-first or day-first, got '" + v + "'");
      }
    }
  }

  /** Every writer on the class path, by format name, sorted. */
  static Map<String, DatasetWriter> writers() {
    Map<String, DatasetWriter> m = new TreeMap<>();
    for (DatasetWriter w : ServiceLoader.load(DatasetWriter.class)) {
      m.put(w.format(), w);
    }
    return m;
  }

  @Override
  public Integer call() throws IOException {
    PrintStream err = new PrintStream(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    Map<String, DatasetWriter> all = writers();
    List<DatasetWriter> chosen = new ArrayList<>();
    if (formats.isEmpty()) {
      chosen.addAll(all.values());
    } else {
      for (String f : formats) {
        DatasetWriter w = all.get(f.strip());
        if (w == null) {
          err.println("annalist: unknown format '" + f + "'; known: " + String.join(", ", all.keySet()));
          return Annalist.USAGE;
        }
        chosen.add(w);
      }
    }
    if (threads < 1) {
      err.println("annalist: --threads must be at least 1");
      return Annalist.USAGE;
    }
    List<Path> in = inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs;
    long storeMemory;
    try {
      storeMemory = storeMemoryLimit == null ? StoreOptions.defaultMemoryLimit() : Sizes.parse(storeMemoryLimit);
    } catch (IllegalArgumentException e) {
      err.println("annalist: --store-memory: " + e.getMessage());
      return Annalist.USAGE;
    }
    ReadOptions read = ReadOptions.defaults();
    try {
      if (maxDocumentSize != null) {
        read = read.withMaxDocumentBytes(Sizes.parse(maxDocumentSize));
      }
      if (encoding != null) {
        read = read.withEncoding(java.nio.charset.Charset.forName(encoding));
      }
      if (timeBudgetSeconds < 1) {
        throw new IllegalArgumentException("--time-budget must be at least 1 second");
      }
    } catch (IllegalArgumentException e) {
      err.println("annalist: " + (e instanceof java.nio.charset.UnsupportedCharsetException
          || e instanceof java.nio.charset.IllegalCharsetNameException ? "--encoding: unknown encoding '" + encoding + "'"
          : e.getMessage()));
      return Annalist.USAGE;
    }
    EmbeddedRun.Options ro = new EmbeddedRun.Options(in, new DocumentPipeline.Options(gazetteers,
        referenceDate == null ? OptionalInt.empty() : OptionalInt.of(referenceDate.getYear()), slashOrder, read,
        java.time.Duration.ofSeconds(timeBudgetSeconds)), threads,
        storeMemory, !quiet, java.util.Optional.ofNullable(cache));
    Map<String, String> options = new LinkedHashMap<>();
    options.put("formats", String.join(",", chosen.stream().map(DatasetWriter::format).toList()));
    options.put("numeric_dates", slashOrder.name().toLowerCase(java.util.Locale.ROOT));
    options.put("reference_date", referenceDate == null ? "" : referenceDate.toString());
    options.put("raw_csv", Boolean.toString(rawCsv));
    options.put("excel_bom", Boolean.toString(excelBom));
    options.put("gazetteers", gazetteers.toString());
    options.put("encoding", encoding == null ? "" : encoding);
    options.put("max_document_size", Long.toString(read.maxDocumentBytes()));
    options.put("time_budget_s", Long.toString(timeBudgetSeconds));
    WriteOptions wo = new WriteOptions(rawCsv, excelBom);
    long t0 = System.nanoTime();
    try (OutputFolder folder = new OutputFolder(out)) {
      Path work = folder.staging().resolve(".work");
      BatchRun.Summary done;
      Dataset ds;
      try (EmbeddedRun r = EmbeddedRun.run(ro, work, err)) {
        done = r.summary();
        ds = r.dataset();
        printErrors(err, ds);
        if (done.documents() == 0) {
          err.println("annalist: no document could be processed; nothing written");
          return Annalist.NOTHING_PROCESSED;
        }
        Duration extract = Duration.ofNanos(System.nanoTime() - t0);
        Map<String, Long> writeMillis = Writers.runSideBySide(chosen, ds, folder.staging(), wo, threads);
        Manifest.write(folder.staging(), ds, r.pipeline().checksums(), done, options, extract, writeMillis);
        if (!quiet) {
          summary(err, ds, done);
        }
      }
      OutputFolder.deleteQuietly(work);
      folder.commit();
    } catch (IOException e) {
      err.println("annalist: cannot write " + out + ": " + Annalist.oneLine(e) + " (previous output left as it was)");
      return Annalist.OUTPUT_FAILED;
    } catch (OutOfMemoryError e) {
      err.println("annalist: out of memory (" + Annalist.oneLine(e) + "); give Java more heap (JAVA_OPTS=-Xmx2g) or use "
          + "fewer --threads; the previous output was left as it was");
      return Annalist.OUTPUT_FAILED;
    }
    return Annalist.OK;
  }

  private static void printErrors(PrintStream err, Dataset ds) throws IOException {
    List<List<Object>> first = new ArrayList<>();
    Table errors = ds.table("errors").orElseThrow();
    try (RowCursor c = errors.open()) {
      while (c.hasNext() && first.size() < SHOWN) {
        first.add(c.next());
      }
    }
    for (List<Object> e : first) {
      err.println("annalist: " + e.get(0) + ": " + e.get(1));
    }
    if (errors.size() > first.size()) {
      err.println("annalist: ... and " + (errors.size() - first.size()) + " more (all in errors.csv)");
    }
  }

  /** How many items of a list the summary shows; the full lists are tables in the output. */
  static final int SHOWN = 10;

  private void summary(PrintStream err, Dataset ds, BatchRun.Summary done) throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("annalist: ").append(done.documents()).append(" document(s) processed, ").append(done.errors())
        .append(" error(s); wrote ").append(out.toAbsolutePath().normalize()).append('\n');
    if (cache != null) {
      sb.append("  cache ").append(cache).append(": ").append(done.documents() + done.errors() - done.extracted())
          .append(" document(s) unchanged, ").append(done.extracted()).append(" extracted\n");
    }
    for (Table t : ds.tables()) {
      sb.append(String.format(java.util.Locale.ROOT, "  %-16s %8d rows%n", t.name(), t.size()));
    }
    Table unplaced = ds.table("unplaced").orElseThrow();
    if (unplaced.size() > 0) {
      List<String> names = new ArrayList<>();
      try (RowCursor c = unplaced.open()) {
        while (c.hasNext() && names.size() < SHOWN) {
          List<Object> row = c.next();
          names.add(row.get(0) + ("base".equals(row.get(1)) ? " (base)" : ""));
        }
      }
      sb.append("  places without coordinates (not on the maps; add them with --gazetteer): ").append(String.join(", ", names));
      if (unplaced.size() > names.size()) {
        sb.append(", ... ").append(unplaced.size() - names.size()).append(" more in unplaced.csv");
      }
      sb.append('\n');
    }
    err.print(sb);
  }
}
