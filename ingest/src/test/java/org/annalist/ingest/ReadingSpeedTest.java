package org.annalist.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Reading speed of 1, 4 and 16 MB of text and of HTML: a measurement, not a check, run with
 * {@code -Dannalist.bench=true}. Each size is read five times and the fastest run reported.
 */
@EnabledIfSystemProperty(named = "annalist.bench", matches = "true")
class ReadingSpeedTest {

  @Test
  void readingCostGrowsLinearly() throws Exception {
    Random random = new Random(42);
    for (int mb : new int[] {1, 4, 16}) {
      String text = prose(random, mb * 1024 * 1024);
      byte[] txt = text.getBytes(StandardCharsets.UTF_8);
      byte[] cp = text.replace("e ", "é ").getBytes(java.nio.charset.Charset.forName("windows-1252"));
      byte[] html = ("<html><head><title>Bench</title></head><body><nav>menu</nav><p>"
          + text.replace("\n\n", "</p>\n<p>") + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
      byte[] md = text.getBytes(StandardCharsets.UTF_8);
      report("text UTF-8", mb, txt, "bench.txt");
      report("text windows-1252", mb, cp, "bench.txt");
      report("HTML", mb, html, "bench.html");
      report("Markdown", mb, md, "bench.md");
    }
  }

  private static void report(String what, int mb, byte[] bytes, String name) throws Exception {
    long best = Long.MAX_VALUE;
    int chars = 0;
    for (int i = 0; i < 5; i++) {
      long t0 = System.nanoTime();
      DocumentText d = DocumentReaders.standard().read(bytes, name, ReadOptions.defaults());
      best = Math.min(best, System.nanoTime() - t0);
      chars = d.text().length();
    }
    assertThat(chars).isPositive();
    System.out.printf(Locale.ROOT, "%-18s %3d MB (%,d bytes): %6d ms, %5.1f MB/s%n", what, mb, bytes.length, best / 1_000_000,
        bytes.length / 1048576.0 / (best / 1e9));
  }

  private static String prose(Random random, int chars) {
    String[] words = {"the", "army", "crossed", "river", "on", "march", "with", "men", "and", "guns", "general", "town",
        "held", "bridge", "supplies", "were", "left", "at", "north", "days"};
    StringBuilder sb = new StringBuilder(chars + 100);
    while (sb.length() < chars) {
      int n = 8 + random.nextInt(20);
      for (int i = 0; i < n; i++) {
        sb.append(i == 0 ? "The" : words[random.nextInt(words.length)]).append(i + 1 < n ? " " : ". ");
      }
      if (random.nextInt(5) == 0) {
        sb.append("\n\n");
      }
    }
    return sb.toString();
  }
}
