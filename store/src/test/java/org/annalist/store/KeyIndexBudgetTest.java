package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** When dataset.duckdb keeps its keys: DuckDB's sizes read back, and the index budget. */
class KeyIndexBudgetTest {
  @Test
  void readsDuckDbSizes() {
    assertThat(DuckDbWriter.parseSize("244.1 MiB")).isEqualTo((long) (244.1 * (1 << 20)));
    assertThat(DuckDbWriter.parseSize("4.0 GiB")).isEqualTo(4L << 30);
    assertThat(DuckDbWriter.parseSize("512 bytes")).isEqualTo(512);
    assertThat(DuckDbWriter.parseSize("1.5GB")).isEqualTo(1_500_000_000L);
    assertThatThrownBy(() -> DuckDbWriter.parseSize("3 parsecs")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keysAreKeptWhileTheirIndexFitsInAQuarterOfTheLimit() {
    long limit = 256L << 20;
    long most = limit / 4 / DuckDbWriter.KEY_INDEX_BYTES_PER_ROW;
    assertThat(DuckDbWriter.keysFit(most, limit)).isTrue();
    assertThat(DuckDbWriter.keysFit(most + 1, limit)).isFalse();
    assertThat(DuckDbWriter.keysFit(0, limit)).isTrue();
  }

  @Test
  void knowsDuckDbsOutOfMemoryMessages() {
    assertThat(DuckDbWriter.outOfMemory(new SQLException("TransactionContext Error: Failed to commit: failed to allocate"
        + " data of size 4.0 KiB (244.1 MiB/244.1 MiB used)"))).isTrue();
    assertThat(DuckDbWriter.outOfMemory(new SQLException("failed to pin block of size 256.0 KiB"))).isTrue();
    assertThat(DuckDbWriter.outOfMemory(new SQLException("Constraint Error: duplicate key"))).isFalse();
  }
}
