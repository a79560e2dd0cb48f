package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.annalist.model.DatasetWriter;
import org.junit.jupiter.api.Test;

class WritersRegisteredTest {
  @Test
  void everyFormatIsFoundByServiceLoader() {
    assertThat(ServiceLoader.load(DatasetWriter.class).stream().map(p -> p.get().format()))
        .contains("csv", "xlsx", "yaml", "jsonl", "network", "report", "timelinejs", "vega-lite");
  }
}
