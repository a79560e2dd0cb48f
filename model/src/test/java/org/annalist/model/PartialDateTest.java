package org.annalist.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {
  @Test
  void impossibleDatesCannotBeBuilt() {
    assertThatThrownBy(() -> new PartialDate(1940, 2, 30)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PartialDate(1939, 13, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PartialDate(1939, 0, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PartialDate(1939, 2, 29)).isInstanceOf(IllegalArgumentException.class);
    assertThat(PartialDate.isValid(1940, 2, 29)).isTrue();
    assertThat(PartialDate.isValid(0, 2, 29)).as("February 29 of an unknown year may exist").isTrue();
  }

  @Test
  void isoAndCoverageFollowThePrecision() {
    assertThat(new PartialDate(1939, 10, 3).iso()).isEqualTo("1939-10-03");
    assertThat(new PartialDate(1940, 3, 0).iso()).isEqualTo("1940-03");
    assertThat(new PartialDate(926, 0, 0).iso()).isEqualTo("0926");
    assertThat(new PartialDate(1940, 2, 0).lastDay()).isEqualTo(LocalDate.of(1940, 2, 29));
    assertThat(new PartialDate(1939, 0, 0).firstDay()).isEqualTo(LocalDate.of(1939, 1, 1));
    assertThat(new PartialDate(1939, 0, 0).lastDay()).isEqualTo(LocalDate.of(1939, 12, 31));
  }

  @Test
  void aDateWithoutYearHasNoValueYet() {
    PartialDate p = new PartialDate(0, 10, 3);
    assertThat(p.hasYear()).isFalse();
    assertThatThrownBy(p::iso).isInstanceOf(IllegalStateException.class);
    assertThat(p.withYear(1939).iso()).isEqualTo("1939-10-03");
  }
}
