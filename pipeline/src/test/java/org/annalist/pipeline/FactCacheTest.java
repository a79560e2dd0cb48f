package org.annalist.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.annalist.model.DocumentRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactCacheTest {
  @TempDir
  Path dir;

  static DocumentRows rows() {
    return new DocumentRows("d1", Map.of(
        "documents", List.of(Arrays.asList("d1", "Tïtle", "p", "text", "UTF-8", "ab", 1L, 1L, 1L, 0L, 1L, 0L, 0L)),
        "date_facts", List.of(Arrays.asList("d1", "in 1939", "1939", LocalDate.of(1939, 1, 1), LocalDate.of(1939, 12, 31),
            "year", true, 3L, 10L, "A sentence — with ünïcode 🪖.", "dates", "", "A sentence"))));
  }

  private FactCache cache(String fingerprint) throws Exception {
    return FactCache.open(dir.resolve("c"), fingerprint).cache().orElseThrow();
  }

  @Test
  void rowsComeBackEqualAndKeysDependOnEverything() throws Exception {
    FactCache c = cache("f1");
    String key = c.key("d1", "a/d1.txt", "sha");
    assertThat(c.get(key)).isEmpty();
    c.put(key, rows());
    assertThat(c.get(key)).contains(rows());
    assertThat(cache("f1").get(key)).contains(rows());
    assertThat(c.key("d1", "a/d1.txt", "sha2")).isNotEqualTo(key);
    assertThat(c.key("d2", "a/d1.txt", "sha")).isNotEqualTo(key);
    assertThat(cache("f2").key("d1", "a/d1.txt", "sha")).isNotEqualTo(key);
  }

  @Test
  void aDamagedEntryIsRejectedAndCounted() throws Exception {
    FactCache c = cache("f");
    String key = c.key("d1", "p", "sha");
    c.put(key, rows());
    Path entry;
    try (Stream<Path> s = Files.walk(dir.resolve("c"))) {
      entry = s.filter(p -> p.toString().endsWith(".rows")).findFirst().orElseThrow();
    }
    byte[] b = Files.readAllBytes(entry);
    b[b.length - 20] ^= 0x55;
    Files.write(entry, b);
    assertThat(c.get(key)).isEmpty();
    Files.write(entry, Arrays.copyOf(b, b.length / 2));
    assertThat(c.get(key)).isEmpty();
    Files.writeString(entry, "something else entirely");
    assertThat(c.get(key)).isEmpty();
    assertThat(c.rejected()).isEqualTo(3);
    c.put(key, rows());
    assertThat(c.get(key)).contains(rows());
  }

  @Test
  void aFolderThatIsNotOurCacheIsNotUsed() throws Exception {
    Path foreign = Files.createDirectories(dir.resolve("photos"));
    Files.writeString(foreign.resolve("holiday.jpg"), "x");
    FactCache.Opened o = FactCache.open(foreign, "f");
    assertThat(o.cache()).isEmpty();
    assertThat(o.warning().orElseThrow()).contains("not an Annalist cache");
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    assertThat(FactCache.open(file, "f").cache()).isEmpty();
    assertThat(FactCache.open(dir.resolve("new"), "f").cache()).isPresent();
    assertThat(dir.resolve("new").resolve(FactCache.MARKER)).exists();
  }
}
