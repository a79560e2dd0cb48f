package org.annalist.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.annalist.model.Dataset;
import org.annalist.model.DatasetSchema;
import org.annalist.model.Table;
import org.annalist.model.TableSchema;

/**
 * A small dataset in the output schemas, written for the tests of the visualization writers: two
 * documents about invented towns, with mentions sharing sentences, dated events of every precision,
 * two bases and a treaty.
 */
final class VisualDatasets {
  static final String S1 = "Colonel Ana Vidmar inspected the garrison at Eskerby with envoys of the Harlow League.";
  static final String S2 = "Ana Vidmar left Eskerby for Tolland on 3 May 1921.";
  static final String S3 = "Tolland & Eskerby signed the <Compact> in the spring of 1922.";
  static final String S4 = "The Harlow League met Ana Vidmar again in Tolland in the 1930s.";

  private VisualDatasets() { }

  static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  static Dataset dataset() {
    List<List<Object>> mentions = new ArrayList<>();
    // doc a: S1 names Vidmar, Eskerby, Harlow League; S2 names Vidmar, Eskerby (twice via alias), Tolland
    mentions.add(row("a", "PERSON", "Ana Vidmar", "Ana Vidmar", "per-ana-vidmar", 8L, 18L, S1, "rule", 1.0));
    mentions.add(row("a", "LOCATION", "Eskerby", "Eskerby", "loc-eskerby", 45L, 52L, S1, "gazetteer", 1.0));
    mentions.add(row("a", "ORGANIZATION", "Harlow League", "Harlow League", "org-harlow-league", 69L, 82L, S1, "model", 0.9));
    mentions.add(row("a", "PERSON", "Ana Vidmar", "Ana Vidmar", "per-ana-vidmar", 84L, 94L, S2, "rule", 1.0));
    mentions.add(row("a", "LOCATION", "Eskerby", "Eskerby", "loc-eskerby", 100L, 107L, S2, "gazetteer", 1.0));
    mentions.add(row("a", "LOCATION", "Tolland", "Tolland", "loc-tolland", 112L, 119L, S2, "gazetteer", 1.0));
    mentions.add(row("a", "LOCATION", "Tolland", "Tolland", "loc-tolland", 113L, 119L, S2, "gazetteer", 1.0));
    // doc b: S3 names Tolland, Eskerby; S4 names Harlow League, Vidmar, Tolland
    mentions.add(row("b", "LOCATION", "Tolland", "Tolland", "loc-tolland", 0L, 7L, S3, "gazetteer", 1.0));
    mentions.add(row("b", "LOCATION", "Eskerby", "Eskerby", "loc-eskerby", 10L, 17L, S3, "gazetteer", 1.0));
    mentions.add(row("b", "ORGANIZATION", "Harlow League", "Harlow League", "org-harlow-league", 66L, 79L, S4, "model", 0.8));
    mentions.add(row("b", "PERSON", "Ana Vidmar", "Ana Vidmar", "per-ana-vidmar", 84L, 94L, S4, "rule", 1.0));
    mentions.add(row("b", "LOCATION", "Tolland", "Tolland", "loc-tolland", 104L, 111L, S4, "gazetteer", 1.0));
    List<List<Object>> entities = List.of(
        row("loc-eskerby", "Eskerby", "LOCATION", "", 3L, 2L, "a;b", "gazetteer", "Norland", 57.5, 21.5),
        row("loc-tolland", "Tolland", "LOCATION", "", 4L, 2L, "a;b", "gazetteer", "Norland", 56.9, 24.1),
        row("org-harlow-league", "Harlow League", "ORGANIZATION", "", 2L, 2L, "a;b", "model", null, null, null),
        row("per-ana-vidmar", "Ana Vidmar", "PERSON", "", 3L, 2L, "a;b", "rule", null, null, null));
    LocalDate may3 = LocalDate.of(1921, 5, 3);
    List<List<Object>> timeline = List.of(
        row(may3, may3, "day", "1921-05-03", "3 May 1921", S2, "a", 124L, "Ana Vidmar; Eskerby; Tolland"),
        row(LocalDate.of(1922, 3, 1), LocalDate.of(1922, 5, 31), "season", "1922-SP", "the spring of 1922", S3, "b", 40L,
            "Eskerby; Tolland"),
        row(LocalDate.of(1930, 1, 1), LocalDate.of(1939, 12, 31), "decade", "193", "the 1930s", S4, "b", 115L,
            "Ana Vidmar; Harlow League; Tolland"),
        row(LocalDate.of(1931, 1, 1), LocalDate.of(1931, 12, 31), "year", "1931", "1931", "In 1931 nothing happened.", "b", 200L, ""));
    List<List<Object>> bases = List.of(
        row("Norland", "Eskerby", 5000L, "exact", "infantry", "a", 1L, 57.5, 21.5),
        row("Norland", "Tolland", 2500L, "about", "", "b", 2L, null, null));
    List<List<Object>> deployments = List.of(
        row("a", "Eskerby", "Eskerby", "Eskerby", "base", "Norland", 5000L, "exact", "infantry", 60L, 70L, S1, "troops", "sentence"));
    List<List<Object>> articles = List.of(
        row("b", "Compact of Tolland", 1L, "The parties keep the peace.", 300L, 330L, "articles"),
        row("b", "Compact of Tolland", 2L, "The garrison stays <five> years & no more.", 331L, 380L, "articles"));
    List<List<Object>> documents = List.of(
        row("a", "Letters from Eskerby", "a.txt", "text", "UTF-8", "00", 200L, 2L, 30L, 7L, 1L, 1L, 0L),
        row("b", "The Compact", "b.txt", "text", "UTF-8", "11", 400L, 3L, 40L, 5L, 3L, 0L, 2L));
    List<Table> tables = new ArrayList<>();
    tables.add(Table.of(DatasetSchema.DOCUMENTS, documents));
    tables.add(Table.of(DatasetSchema.MENTIONS, mentions));
    tables.add(Table.of(DatasetSchema.ENTITIES, entities));
    tables.add(Table.of(DatasetSchema.TIMELINE, timeline));
    tables.add(Table.of(DatasetSchema.DEPLOYMENTS, deployments));
    tables.add(Table.of(DatasetSchema.TROOPS_PER_BASE, bases));
    tables.add(Table.of(DatasetSchema.TREATY_ARTICLES, articles));
    for (TableSchema s : List.of(DatasetSchema.DATES, DatasetSchema.QUANTITIES, DatasetSchema.ERRORS, DatasetSchema.UNPLACED)) {
      tables.add(Table.of(s, List.of()));
    }
    return new Dataset(tables, DatasetSchema.FOREIGN_KEYS, java.util.Map.of());
  }
}
