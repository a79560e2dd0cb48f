package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.annalist.model.Dataset;
import org.annalist.model.ErrorRecord;
import org.annalist.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbStoreTest {
  @TempDir
  Path tmp;

  private static List<List<Object>> rows(Dataset ds, String table) throws Exception {
    return ds.table(table).orElseThrow().readAll();
  }

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  /** Two documents, appended in the order given. */
  private Dataset build(StoreTest t, boolean reversed) throws Exception {
    Facts a = new Facts("a").mention("LOCATION", "Vilna", "Vilnius", 0, "vilnius", 54.7)
        .mention("LOCATION", "Vilnius", "Vilnius", 20, "vilnius", 54.7)
        .mention("PERSON", "Smetona", "Antanas Smetona", 40, "antanas-smetona", null)
        .date("10 October 1939", "1939-10-10", LocalDate.of(1939, 10, 10), 60)
        .deployment("Alytus", 8000, "exact", "infantry", 100)
        .article(null, 2, 200).article("Pact", 1, 300);
    Facts b = new Facts("b").mention("LOCATION", "Vilnius", "Vilnius", 5, "vilnius", 54.7)
        .mention("ORGANIZATION", "Seimas", "Seimas", 30, "seimas", null)
        .mention("ORGANIZATION", "SEIMAS!", "SEIMAS!", 50, "seimas", null)
        .date("1920", "1920", LocalDate.of(1920, 1, 1), 70)
        .deployment("Alytus", 8000, "about", "artillery, infantry", 10)
        .deployment("Alytus", 9000, "exact", "", 90);
    try (DuckDbStore store = DuckDbStore.create(new StoreOptions(tmp.resolve(t.name()), 128L << 20, 1))) {
      for (Facts f : reversed ? List.of(b, a) : List.of(a, b)) {
        store.accept(f.rows());
      }
      store.error(new ErrorRecord("c.txt", "empty file"));
      Dataset ds = store.finish();
      // read everything before the store closes
      for (Table table : ds.tables()) {
        table.readAll();
      }
      return Dataset.of(ds.tables().stream().map(x -> {
        try {
          return Table.of(x.schema(), x.readAll());
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList());
    }
  }

  private enum StoreTest { FORWARD, BACKWARD }

  @Test
  void entitiesAreAggregatedWithStableIdsAliasesAndCoordinates() throws Exception {
    Dataset ds = build(StoreTest.FORWARD, false);
    assertThat(rows(ds, "entities")).containsExactly(
        row("loc-vilnius", "Vilnius", "LOCATION", "Vilna", 3L, 2L, "a;b", "rule", "Lithuania", 54.7, 23.0),
        row("org-seimas", "SEIMAS!", "ORGANIZATION", "", 1L, 1L, "b", "rule", null, null, null),
        row("org-seimas-2", "Seimas", "ORGANIZATION", "", 1L, 1L, "b", "rule", null, null, null),
        row("per-antanas-smetona", "Antanas Smetona", "PERSON", "Smetona", 1L, 1L, "a", "rule", null, null, null));
    assertThat(rows(ds, "mentions")).extracting(r -> r.get(0) + "@" + r.get(5) + "=" + r.get(4))
        .containsExactly("a@0=loc-vilnius", "a@20=loc-vilnius", "a@40=per-antanas-smetona", "b@5=loc-vilnius",
            "b@30=org-seimas-2", "b@50=org-seimas");
  }

  @Test
  void troopsPerBaseTakesTheFigureStatedMostOften() throws Exception {
    Dataset ds = build(StoreTest.FORWARD, false);
    assertThat(rows(ds, "troops_per_base")).containsExactly(
        row("Lithuania", "Alytus", 8000L, "exact", "artillery, infantry", "a;b", 3L, 54.0, 24.0));
  }

  @Test
  void timelineIsChronologicalAndArticlesPutUnnamedTreatiesFirst() throws Exception {
    Dataset ds = build(StoreTest.FORWARD, false);
    assertThat(rows(ds, "timeline")).extracting(r -> r.get(3)).containsExactly("1920", "1939-10-10");
    assertThat(rows(ds, "treaty_articles")).extracting(r -> r.get(1) + ":" + r.get(2)).containsExactly("null:2", "Pact:1");
    assertThat(rows(ds, "errors")).containsExactly(row("c.txt", "empty file"));
    assertThat(rows(ds, "documents")).extracting(r -> r.get(0)).containsExactly("a", "b");
  }

  @Test
  void theArrivalOrderOfDocumentsDoesNotMatter() throws Exception {
    Dataset forward = build(StoreTest.FORWARD, false);
    Dataset backward = build(StoreTest.BACKWARD, true);
    for (Table t : forward.tables()) {
      assertThat(backward.table(t.name()).orElseThrow().readAll()).as(t.name()).isEqualTo(t.readAll());
    }
  }

  @Test
  void theStoreCleansUpAndRefusesFactsAfterFinishing() throws Exception {
    Path work = tmp.resolve("w");
    try (DuckDbStore store = DuckDbStore.create(StoreOptions.defaults(work, 1))) {
      store.accept(new Facts("a").rows());
      store.finish();
      assertThatThrownBy(() -> store.accept(new Facts("b").rows())).isInstanceOf(IllegalStateException.class);
    }
    assertThat(Files.exists(work.resolve("store"))).isFalse();
  }
}
