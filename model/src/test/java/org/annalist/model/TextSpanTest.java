package org.annalist.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSpanTest {
  @Test
  void indexOfFindsTheSpanHoldingAnOffset() {
    List<TextSpan> spans = List.of(new TextSpan(0, 5), new TextSpan(6, 10), new TextSpan(10, 20));
    assertThat(TextSpan.indexOf(spans, 0)).isZero();
    assertThat(TextSpan.indexOf(spans, 4)).isZero();
    assertThat(TextSpan.indexOf(spans, 5)).isEqualTo(-1);
    assertThat(TextSpan.indexOf(spans, 10)).isEqualTo(2);
    assertThat(TextSpan.indexOf(spans, 25)).isEqualTo(-1);
    assertThat(TextSpan.indexOf(List.of(), 3)).isEqualTo(-1);
  }
}
