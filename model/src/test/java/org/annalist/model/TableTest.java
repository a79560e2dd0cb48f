package org.annalist.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
  static final List<Column> COLUMNS = List.of(Column.string("name", "n"), Column.integer("troops", "t"));

  @Test
  void rowsAreCheckedAgainstColumnTypes() throws Exception {
    assertThatThrownBy(() -> new Table("t", "d", COLUMNS, List.of(), List.of(Arrays.asList("Alytus", 8000))))
        .hasMessageContaining("troops").hasMessageContaining("Integer");
    assertThatThrownBy(() -> new Table("t", "d", COLUMNS, List.of(), List.of(List.of("Alytus"))))
        .hasMessageContaining("1 cells, expected 2");
    Table ok = new Table("t", "d", COLUMNS, List.of("name"), List.of(Arrays.asList("Alytus", 8000L), Arrays.asList("Prienai", null)));
    assertThat(ok.size()).isEqualTo(2);
    assertThat(ok.readAll()).hasSize(2);
  }

  @Test
  void rowsAreImmutableCopiesAndCanBeReadTwice() throws Exception {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(new ArrayList<>(Arrays.asList("Alytus", 8000L)));
    Table t = new Table("t", "d", COLUMNS, List.of(), rows);
    rows.get(0).set(1, 1L);
    assertThat(t.readAll().get(0).get(1)).isEqualTo(8000L);
    assertThat(t.readAll()).isEqualTo(t.readAll());
    assertThatThrownBy(() -> t.readAll().get(0).set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void namesAreValidated() {
    assertThatThrownBy(() -> new Table("Bad Name", "d", COLUMNS, List.of(), List.of())).hasMessageContaining("snake_case");
    assertThatThrownBy(() -> new Table("t", "d", COLUMNS, List.of("missing"), List.of())).hasMessageContaining("missing");
    assertThatThrownBy(() -> new TableSchema("t", "d", COLUMNS, List.of(), List.of("nope"))).hasMessageContaining("order");
  }

  @Test
  void documentRowsAreCheckedAgainstTheFactSchemas() {
    List<Object> doc = Arrays.asList("d1", "T", "p", "text", "UTF-8", "ab", 1L, 1L, 1L, 0L, 0L, 0L, 0L);
    DocumentRows ok = new DocumentRows("d1", java.util.Map.of("documents", List.of(doc)));
    assertThat(ok.rows(DatasetSchema.DOCUMENTS)).hasSize(1);
    assertThat(ok.rows(DatasetSchema.QUANTITIES)).isEmpty();
    assertThatThrownBy(() -> new DocumentRows("d2", java.util.Map.of("documents", List.of(doc))))
        .hasMessageContaining("row of d1 in document d2");
    assertThatThrownBy(() -> new DocumentRows("d1", java.util.Map.of("entities", List.of())))
        .hasMessageContaining("not a fact table");
  }

  @Test
  void aRowRepeatingAnEarlierKeyOfItsDocumentIsDropped() {
    List<Object> first = Arrays.asList("d1", 1.0, "men", "1 man", 5L, 9L, "s", "q");
    List<Object> again = Arrays.asList("d1", 2.0, "men", "2 men", 5L, 7L, "s", "q");
    DocumentRows rows = new DocumentRows("d1", java.util.Map.of("quantities", List.of(first, again)));
    assertThat(rows.rows(DatasetSchema.QUANTITIES)).containsExactly(first);
  }
}
