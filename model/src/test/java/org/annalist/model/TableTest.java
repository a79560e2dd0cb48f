package org.annalist.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
  private static final List<Column> COLUMNS = List.of(Column.string("name", "n"), Column.integer("troops", "t"));

  @Test
  void rowsAreCheckedAgainstColumnTypes() {
    assertThatThrownBy(() -> new Table("t", "d", COLUMNS, List.of(), List.of(Arrays.asList("Alytus", 8000))))
        .hasMessageContaining("troops").hasMessageContaining("Integer");
    assertThatThrownBy(() -> new Table("t", "d", COLUMNS, List.of(), List.of(List.of("Alytus"))))
        .hasMessageContaining("1 cells");
    Table ok = new Table("t", "d", COLUMNS, List.of("name"), List.of(Arrays.asList("Alytus", 8000L), Arrays.asList("Prienai", null)));
    assertThat(ok.rows()).hasSize(2);
    assertThat(ok.header()).containsExactly("name", "troops");
  }

  @Test
  void tablesAreImmutableCopies() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(new ArrayList<>(List.of("Alytus", 8000L)));
    Table t = new Table("t", "d", COLUMNS, List.of(), rows);
    rows.get(0).set(1, 1L);
    assertThat(t.rows().get(0).get(1)).isEqualTo(8000L);
    assertThatThrownBy(() -> t.rows().add(List.of())).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void namesAndKeysAreValidated() {
    assertThatThrownBy(() -> new Table("Bad Name", "d", COLUMNS, List.of(), List.of())).hasMessageContaining("snake_case");
    assertThatThrownBy(() -> new Table("t", "d", COLUMNS, List.of("missing"), List.of())).hasMessageContaining("missing");
    assertThatThrownBy(() -> new Provenance("d", 5, 4, "", "x", 1.0)).hasMessageContaining("bad span");
    assertThatThrownBy(() -> new Provenance("d", 0, 4, "", "x", 1.5)).hasMessageContaining("confidence");
  }
}
