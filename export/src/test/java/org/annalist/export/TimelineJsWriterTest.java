package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annalist.model.WriteOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineJsWriterTest {
  // The fields TimelineJS3 documents for its JSON format (timeline.knightlab.com/docs/json-format.html)
  static final Set<String> TIMELINE = Set.of("events", "title", "eras", "scale");
  static final Set<String> SLIDE = Set.of("start_date", "end_date", "text", "media", "group", "display_date", "background",
      "autolink", "unique_id");
  static final Set<String> DATE = Set.of("year", "month", "day", "hour", "minute", "second", "millisecond", "display_date");
  static final Set<String> TEXT = Set.of("headline", "text");

  /** Checks a TimelineJS file against the documented fields and returns its events. */
  static List<JsonNode> validate(JsonNode t) {
    assertThat(names(t)).isSubsetOf(TIMELINE).contains("events");
    assertThat(t.path("scale").asText("human")).isIn("human", "cosmological");
    if (t.has("title")) {
      slide(t.get("title"), false);
    }
    List<JsonNode> events = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode e : t.get("events")) {
      slide(e, true);
      if (e.has("unique_id")) {
        assertThat(e.get("unique_id").asText()).matches("[A-Za-z][A-Za-z0-9_-]*");
        assertThat(ids.add(e.get("unique_id").asText())).as("unique_id twice").isTrue();
      }
      events.add(e);
    }
    return events;
  }

  private static void slide(JsonNode s, boolean event) {
    assertThat(names(s)).isSubsetOf(SLIDE);
    if (event) {
      assertThat(s.has("start_date")).as("an event needs a start_date").isTrue();
    }
    LocalDate start = s.has("start_date") ? date(s.get("start_date")) : null;
    if (s.has("end_date")) {
      assertThat(date(s.get("end_date"))).isAfterOrEqualTo(start);
    }
    if (s.has("text")) {
      assertThat(names(s.get("text"))).isSubsetOf(TEXT);
    }
    if (s.has("group")) {
      assertThat(s.get("group").isTextual()).isTrue();
    }
  }

  /** A date object: a year, and a month only with it, and a day only with a month, forming a real date. */
  private static LocalDate date(JsonNode d) {
    assertThat(names(d)).isSubsetOf(DATE).contains("year");
    assertThat(d.get("year").canConvertToInt()).isTrue();
    if (d.has("day")) {
      assertThat(d.has("month")).isTrue();
    }
    try {
      return LocalDate.of(d.get("year").asInt(), d.path("month").asInt(1), d.path("day").asInt(1));
    } catch (DateTimeException e) {
      throw new AssertionError("not a date: " + d, e);
    }
  }

  private static List<String> names(JsonNode n) {
    assertThat(n.isObject()).as(String.valueOf(n)).isTrue();
    List<String> l = new ArrayList<>();
    n.fieldNames().forEachRemaining(l::add);
    return l;
  }

  @Test
  void eventsCarryTheirDatesToTheirPrecisionTheSentenceAndTheDocument(@TempDir Path dir) throws Exception {
    new TimelineJsWriter().write(VisualDatasets.dataset(), dir, WriteOptions.defaults());
    JsonNode t = new ObjectMapper().readTree(dir.resolve(TimelineJsWriter.FILE).toFile());
    List<JsonNode> events = validate(t);
    assertThat(events).hasSize(4);
    JsonNode day = events.get(0);
    assertThat(day.get("start_date").toString()).isEqualTo("{\"year\":1921,\"month\":5,\"day\":3}");
    assertThat(day.has("end_date")).isFalse();
    assertThat(day.get("display_date").asText()).isEqualTo("3 May 1921");
    assertThat(day.get("text").get("headline").asText()).isEqualTo("Ana Vidmar, Eskerby, Tolland");
    assertThat(day.get("text").get("text").asText()).contains(VisualDatasets.S2).contains("a, character 124");
    assertThat(day.get("group").asText()).isEqualTo("a");
    JsonNode season = events.get(1);
    assertThat(season.get("start_date").toString()).isEqualTo("{\"year\":1922,\"month\":3}");
    assertThat(season.get("end_date").toString()).isEqualTo("{\"year\":1922,\"month\":5}");
    assertThat(season.get("text").get("text").asText()).contains("Tolland &amp; Eskerby signed the &lt;Compact&gt;");
    JsonNode decade = events.get(2);
    assertThat(decade.get("start_date").toString()).isEqualTo("{\"year\":1930}");
    assertThat(decade.get("end_date").toString()).isEqualTo("{\"year\":1939}");
    assertThat(events.get(3).get("text").get("headline").asText()).isEqualTo("1931");
    assertThat(events.get(3).has("end_date")).isFalse();
  }

  @Test
  void uniqueIdsAreSafeAndUnique() {
    Set<String> seen = new HashSet<>();
    assertThat(TimelineJsWriter.uniqueId(seen, "001 doc-5")).isEqualTo("e001_doc-5");
    assertThat(TimelineJsWriter.uniqueId(seen, "001/doc-5")).isEqualTo("e001_doc-5-2");
    assertThat(TimelineJsWriter.uniqueId(seen, "Šešupė-9")).isEqualTo("e_e_up_-9");
  }
}
