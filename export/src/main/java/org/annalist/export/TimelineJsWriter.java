package org.annalist.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.Dataset;
import org.annalist.model.DatasetWriter;
import org.annalist.model.RowCursor;
import org.annalist.model.Table;
import org.annalist.model.WriteOptions;

/**
 * {@code timeline.timelinejs.json}: the timeline in the JSON format of Knight Lab's TimelineJS3 (a
 * title slide and one event slide per dated event). Each event's {@code start_date} and, for a span,
 * {@code end_date} carry the date's parts down to its precision (a month date has no day, a decade
 * only years); {@code display_date} is the date as written; the headline names the sentence's
 * entities; the text quotes the sentence (as HTML, escaped) with its document and offset; events are
 * grouped by document. Streamed, one event at a time.
 */
public final class TimelineJsWriter implements DatasetWriter {
  static final String FILE = "timeline.timelinejs.json";
  /** Entities named in a headline; the sentence in the text has them all. */
  private static final int HEADLINE_ENTITIES = 3;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String format() {
    return "timelinejs";
  }

  @Override
  public String description() {
    return "timeline.timelinejs.json: the dated events for TimelineJS (Knight Lab)";
  }

  @Override
  public void write(Dataset dataset, Path dir, WriteOptions options) throws IOException {
    Optional<Table> timeline = dataset.table("timeline");
    long documents = dataset.table("documents").map(Table::size).orElse(0L);
    try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(dir.resolve(FILE)), 1 << 16);
        JsonGenerator g = JSON.getFactory().createGenerator(os)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeObjectFieldStart("title");
      g.writeObjectFieldStart("text");
      g.writeStringField("headline", "Dated events");
      g.writeStringField("text", String.format(Locale.ROOT,
          "<p>%d dated events from %d documents, found by Annalist. Each slide quotes the sentence that dates the event.</p>",
          timeline.map(Table::size).orElse(0L), documents));
      g.writeEndObject();
      g.writeEndObject();
      g.writeStringField("scale", "human");
      g.writeArrayFieldStart("events");
      if (timeline.isPresent()) {
        events(timeline.get(), g);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void events(Table t, JsonGenerator g) throws IOException {
    int start = t.columnIndex("start");
    int end = t.columnIndex("end");
    int precision = t.columnIndex("precision");
    int text = t.columnIndex("date_text");
    int event = t.columnIndex("event");
    int doc = t.columnIndex("doc_id");
    int at = t.columnIndex("char_start");
    int entities = t.columnIndex("entities");
    Set<String> ids = new HashSet<>();
    try (RowCursor c = t.open()) {
      while (c.hasNext()) {
        List<Object> row = c.next();
        if (!(row.get(start) instanceof LocalDate from)) {
          continue;
        }
        LocalDate to = row.get(end) instanceof LocalDate d ? d : from;
        String p = String.valueOf(row.get(precision));
        String docId = String.valueOf(row.get(doc));
        g.writeStartObject();
        g.writeFieldName("start_date");
        date(g, from, p);
        if (!java.util.Arrays.equals(parts(to, p), parts(from, p))) {
          g.writeFieldName("end_date");
          date(g, to, p);
        }
        if (row.get(text) != null) {
          g.writeStringField("display_date", (String) row.get(text));
        }
        g.writeObjectFieldStart("text");
        g.writeStringField("headline", headline((String) row.get(entities), (String) row.get(text)));
        g.writeStringField("text", "<p>" + Cells.html(String.valueOf(row.get(event))) + "</p><p><small>" + Cells.html(docId)
            + ", character " + Cells.text(row.get(at)) + "</small></p>");
        g.writeEndObject();
        g.writeStringField("group", docId);
        g.writeStringField("unique_id", uniqueId(ids, docId + "-" + Cells.text(row.get(at))));
        g.writeEndObject();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** A TimelineJS date object with the parts the precision states: year, then month, then day. */
  private static void date(JsonGenerator g, LocalDate d, String precision) throws IOException {
    int[] parts = parts(d, precision);
    g.writeStartObject();
    g.writeNumberField("year", parts[0]);
    if (parts.length > 1) {
      g.writeNumberField("month", parts[1]);
    }
    if (parts.length > 2) {
      g.writeNumberField("day", parts[2]);
    }
    g.writeEndObject();
  }

  private static int[] parts(LocalDate d, String precision) {
    return switch (precision) {
      case "day" -> new int[] {d.getYear(), d.getMonthValue(), d.getDayOfMonth()};
      case "month", "season" -> new int[] {d.getYear(), d.getMonthValue()};
      default -> new int[] {d.getYear()};
    };
  }

  private static String headline(String entities, String dateText) {
    if (entities == null || entities.isBlank()) {
      return dateText == null ? "" : dateText;
    }
    String[] names = entities.split("; ");
    String head = String.join(", ", List.of(names).subList(0, Math.min(HEADLINE_ENTITIES, names.length)));
    return names.length > HEADLINE_ENTITIES ? head + ", …" : head;
  }

  /** An id TimelineJS can use in a URL fragment and as an element id: letters, digits, '-' and '_', unique. */
  static String uniqueId(Set<String> seen, String raw) {
    String base = raw.replaceAll("[^A-Za-z0-9_-]", "_");
    if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
      base = "e" + base;
    }
    String id = base;
    for (int n = 2; !seen.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

}
