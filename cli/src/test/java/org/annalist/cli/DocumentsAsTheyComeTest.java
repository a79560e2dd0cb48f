package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annalist.ingest.HostileCorpus;
import org.annalist.ingest.SameReportInSixFormatsTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents as archives hand them out: every format, any encoding, and a hostile corpus that never stops a batch. */
class DocumentsAsTheyComeTest {
  @TempDir
  Path dir;

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
  }

  /** Per document, the set of "column=value" facts a table holds for it. */
  private static Map<String, Set<String>> facts(Path file, String... columns) throws IOException {
    Map<String, Set<String>> out = new TreeMap<>();
    for (CSVRecord r : csv(file)) {
      StringBuilder sb = new StringBuilder();
      for (String c : columns) {
        sb.append(c).append('=').append(r.get(c)).append(' ');
      }
      out.computeIfAbsent(r.get("doc_id"), k -> new TreeSet<>()).add(sb.toString().strip());
    }
    return out;
  }

  @Test
  void theSameReportInSixFormatsGivesTheSameFacts() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (Map.Entry<String, byte[]> f : SameReportInSixFormatsTest.files().entrySet()) {
      Files.write(corpus.resolve(f.getKey()), f.getValue());
    }
    Path out = dir.resolve("out");
    Cli.Result r = Cli.run("run", corpus.toString(), "--out", out.toString(), "-q", "--formats", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(csv(out.resolve("errors.csv"))).isEmpty();
    List<String> docs = new ArrayList<>();
    for (CSVRecord d : csv(out.resolve("documents.csv"))) {
      docs.add(d.get("doc_id") + " " + d.get("format") + " " + d.get("encoding"));
    }
    // ids in sorted file-name order: report.docx, report-cp1252.txt, report-utf16.txt, report.html, report.md, report.pdf
    assertThat(docs).containsExactly("report docx ", "report-cp1252 text windows-1252", "report-utf16 text UTF-16LE",
        "report~2 html UTF-8", "report~3 markdown UTF-8", "report~4 pdf ");
    List<String> ids = csv(out.resolve("documents.csv")).stream().map(d -> d.get("doc_id")).toList();
    for (String[] table : List.of(new String[] {"dates.csv", "value"}, new String[] {"mentions.csv", "type", "text"},
        new String[] {"deployments.csv", "place", "troops"}, new String[] {"quantities.csv", "value", "counted"})) {
      Map<String, Set<String>> f = facts(out.resolve(table[0]), java.util.Arrays.copyOfRange(table, 1, table.length));
      Set<Set<String>> distinct = new java.util.HashSet<>();
      ids.forEach(id -> distinct.add(f.getOrDefault(id, Set.of())));
      assertThat(distinct).as(table[0] + ": one set of facts for all six").hasSize(1);
      if (!table[0].equals("deployments.csv")) {
        // the report's own brigade is no foreign deployment; its figures are quantities
        assertThat(distinct.iterator().next()).as(table[0]).isNotEmpty();
      }
    }
    Set<String> dates = facts(out.resolve("dates.csv"), "value").get("report~4");
    assertThat(dates).contains("value=1921-03-14", "value=1921-03-16");
  }

  @Test
  void aHostileCorpusNeverStopsTheBatch() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("hostile"));
    List<HostileCorpus.Entry> entries = HostileCorpus.write(corpus, HostileCorpus.seed());
    // what only a command line meets: an unreadable file, a symbolic link loop, a folder given twice
    Path unreadable = Files.writeString(corpus.resolve("unreadable.txt"), "On 1 May 1940 nothing happened in Riga.\n");
    unreadable.toFile().setReadable(false, false);
    Files.createSymbolicLink(corpus.resolve("loop"), corpus);
    Path a = dir.resolve("link-a.txt");
    Path b = dir.resolve("link-b.txt");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    Path good = Files.writeString(dir.resolve("good.txt"), "On 10 October 1939 a garrison of 20,000 Soviet troops was sent to Lithuania.\n");

    Path out = dir.resolve("out");
    long t0 = System.nanoTime();
    // random.bin has no document extension: a folder walk passes it by, so it is also named directly
    Cli.Result r = Cli.run("run", corpus.toString(), corpus.toString(), corpus.resolve("random.bin").toString(), a.toString(),
        good.toString(), "--out", out.toString(),
        "-q", "--formats", "csv", "--max-document-size", "4MB", "--time-budget", "10");
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(r.code()).as(r.err()).isZero();

    Map<String, String> errors = new TreeMap<>();
    for (CSVRecord e : csv(out.resolve("errors.csv"))) {
      assertThat(errors.put(e.get("path"), e.get("error"))).as("one row per bad input: " + e.get("path")).isNull();
      assertThat(e.get("error")).isNotBlank().doesNotContain("\n").doesNotContain("Exception");
    }
    Set<String> read = new TreeSet<>();
    for (CSVRecord d : csv(out.resolve("documents.csv"))) {
      read.add(d.get("path"));
    }
    System.out.println("hostile corpus: " + (entries.size() + 3) + " inputs, " + read.size() + " documents, " + errors.size()
        + " errors, " + ms + " ms");
    for (HostileCorpus.Entry e : entries) {
      String p = e.file().toString();
      boolean ok = read.contains(p);
      boolean refused = errors.containsKey(p);
      System.out.printf("  %-32s %s%n", e.kind(), ok ? "read" : refused ? "refused: " + errors.get(p) : "MISSING");
      assertThat(ok ^ refused).as(e.kind() + " is read or refused, once").isTrue();
      // a megabyte of text may outrun the 10 s budget given here; that is the budget working
      if (e.expected() == HostileCorpus.Expected.READ && !e.kind().contains("megabyte") && !e.kind().contains("MB")) {
        assertThat(ok).as(e.kind() + " is read: " + errors.get(p)).isTrue();
      }
      if (e.expected() == HostileCorpus.Expected.REFUSED) {
        assertThat(refused).as(e.kind() + " is refused").isTrue();
      }
    }
    assertThat(read).contains(good.toString());
    assertThat(read.contains(unreadable.toString()) ^ errors.containsKey(unreadable.toString())).isTrue();
    assertThat(errors).containsKey(a.toString());
    assertThat(errors.get(corpus.resolve("twenty-megabytes.txt").toString())).contains("--max-document-size");
    // the folder given twice and the loop back into it add no document twice
    assertThat(csv(out.resolve("documents.csv")).stream().map(d -> d.get("sha256") + d.get("doc_id")).distinct().count())
        .isEqualTo(read.size());
    assertThat(read).noneMatch(p -> p.contains("loop"));
  }
}
