package org.annalist.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every hostile file is read or refused with one line of reason; nothing else escapes. */
class HostileCorpusTest {

  @Test
  void everyFileIsReadOrRefusedWithAReason(@TempDir Path dir) throws Exception {
    List<HostileCorpus.Entry> corpus = HostileCorpus.write(dir, HostileCorpus.seed());
    List<String> table = new ArrayList<>();
    int read = 0;
    int refused = 0;
    long start = System.nanoTime();
    for (HostileCorpus.Entry e : corpus) {
      long t0 = System.nanoTime();
      String outcome;
      boolean wasRead;
      try {
        DocumentText d = DocumentReaders.standard().read(e.file(), ReadOptions.defaults());
        assertThat(d.text()).as(e.kind()).isNotBlank().doesNotContain("\r");
        outcome = "read: " + d.format().id() + (d.encoding().isPresent() ? " " + d.encodingName() : "")
            + ", " + d.text().length() + " chars";
        wasRead = true;
        read++;
      } catch (UnreadableDocumentException ex) {
        assertThat(ex.reason()).as(e.kind()).isNotBlank().doesNotContain("\n");
        outcome = "refused: " + ex.reason();
        wasRead = false;
        refused++;
      }
      if (e.expected() != HostileCorpus.Expected.EITHER) {
        assertThat(wasRead).as(e.kind() + " -> " + outcome).isEqualTo(e.expected() == HostileCorpus.Expected.READ);
      }
      table.add(String.format(Locale.ROOT, "%-32s %-30s %10d B %6d ms  %s", e.kind(), e.file().getFileName(),
          Files.size(e.file()), (System.nanoTime() - t0) / 1_000_000, outcome));
    }
    System.out.println(String.join("\n", table));
    System.out.printf(Locale.ROOT, "hostile corpus: %d files, %d read, %d refused, %.1f s, heap peak %d MB, VmHWM %s%n",
        corpus.size(), read, refused, (System.nanoTime() - start) / 1e9, heapPeakMb(), peakRss());
    assertThat(read + refused).isEqualTo(corpus.size());
  }

  @Test
  void theSameSeedWritesTheSameFiles(@TempDir Path a, @TempDir Path b) throws Exception {
    List<HostileCorpus.Entry> first = HostileCorpus.write(a, 5);
    List<HostileCorpus.Entry> second = HostileCorpus.write(b, 5);
    for (int i = 0; i < first.size(); i++) {
      if (!first.get(i).kind().contains("PDF")) {
        // PDFBox gives every PDF a new document id; the rest must match byte for byte
        assertThat(Files.readAllBytes(first.get(i).file())).as(first.get(i).kind())
            .isEqualTo(Files.readAllBytes(second.get(i).file()));
      }
    }
  }

  private static long heapPeakMb() {
    long peak = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }

  /** The process's peak resident set from /proc, where there is one. */
  private static String peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return line.substring(6).strip();
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      return "n/a";
    }
    return "n/a";
  }
}
