package org.annalist.extract.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers as the genre writes them, with digits and with words. */
class NumberParserTest {
  private static final Pattern WHOLE = Pattern.compile("(?i)" + NumberParser.PATTERN);

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "18,786; 18786", "75 000; 75000", "25.000; 25000", "2.5 thousand; 2500", "twenty thousand; 20000",
      "Four hundred; 400", "two hundred and fifty; 250", "a hundred; 100", "nine hundred and ninety-five; 995",
  })
  void readsNumbers(String text, long value) {
    assertThat(WHOLE.matcher(text).matches()).as(text).isTrue();
    assertThat(NumberParser.parse(text)).hasValue(value);
  }
}
