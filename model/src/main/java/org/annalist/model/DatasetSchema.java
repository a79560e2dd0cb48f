package org.annalist.model;

import static org.annalist.model.Column.bool;
import static org.annalist.model.Column.date;
import static org.annalist.model.Column.integer;
import static org.annalist.model.Column.number;
import static org.annalist.model.Column.string;

import java.util.ArrayList;
import java.util.List;

/**
 * The tables of the dataset, in two layers.
 *
 * <p><b>Fact tables</b> are what one document contributes, row for row, as soon as it is extracted
 * ({@link DocumentRows}); they are appended to a store as documents finish and never need the other
 * documents. <b>Output tables</b> are what users get; the per-document ones are the fact tables
 * without their working columns, and the cross-document ones (entities, timeline, troops per base)
 * are aggregations of the facts. Both engines that build the output (the embedded store and Spark)
 * implement the same aggregation over the same fact schemas, and every writer reads the output
 * schemas, so the layers are the whole contract between extraction, aggregation and export.
 */
public final class DatasetSchema {
  private DatasetSchema() { }

  // ---- output tables --------------------------------------------------------------------------

  public static final TableSchema DOCUMENTS = TableSchema.keyed("documents", "One row per input document processed.",
      List.of(
          string("doc_id", "The file name without its extension."),
          string("title", "The document's title: the HTML/Word title, else the first non-blank line."),
          string("path", "The path as given on the command line."),
          string("format", "The format it was read as: text, markdown, html, pdf, docx, odt or rtf."),
          string("encoding", "The character encoding it was decoded from (text formats), e.g. UTF-8, windows-1252."),
          string("sha256", "SHA-256 of the file's bytes."),
          integer("characters", "Length of the decoded text in characters."),
          integer("sentences", "Number of sentences."),
          integer("tokens", "Number of tokens."),
          integer("mentions", "Named-entity mentions found."),
          integer("dates", "Calendar expressions found."),
          integer("deployments", "Troop figures tied to a place."),
          integer("articles", "Treaty articles found.")), List.of("doc_id"));

  private static final List<Column> MENTION_COLUMNS = List.of(
      string("doc_id", "Document id."),
      string("type", "PERSON, LOCATION or ORGANIZATION."),
      string("text", "The mention as written."),
      string("entity", "Canonical name of the entity the mention refers to."),
      string("entity_id", "Id of the entity in entities.csv."),
      integer("start", "Character offset where the mention starts (0-based)."),
      integer("end", "Character offset after the mention."),
      string("sentence", "The sentence holding the mention."),
      string("source", "Layer that found it: gazetteer, rule or model."),
      number("confidence", "The name finder's probability for model mentions; 1.0 for gazetteer and rules."));

  public static final TableSchema MENTIONS = TableSchema.keyed("mentions",
      "One row per named-entity mention, with its canonical entity and provenance.", MENTION_COLUMNS,
      List.of("doc_id", "start", "end", "type"));

  public static final TableSchema ENTITIES = new TableSchema("entities",
      "One row per entity across all documents, with every alias.", List.of(
          string("entity_id", "Stable id: type prefix and folded name."),
          string("name", "Canonical name."),
          string("type", "PERSON, LOCATION or ORGANIZATION."),
          string("aliases", "Other surface forms, separated by '; '."),
          integer("mentions", "Number of mentions."),
          integer("documents", "Number of documents that mention it."),
          string("doc_ids", "Those documents, separated by ';'."),
          string("sources", "Layers that found it."),
          string("country", "For places: the country they lie in (or the country itself)."),
          number("lat", "For places known to the gazetteer: latitude (WGS84)."),
          number("lon", "For places known to the gazetteer: longitude (WGS84).")),
      List.of("entity_id"), List.of("type", "name"));

  private static final List<Column> DATE_COLUMNS = List.of(
      string("doc_id", "Document id."),
      string("text", "The expression as written."),
      string("value", "ISO 8601 at the stated precision: YYYY-MM-DD, YYYY-MM, YYYY, decade YYY, century YY; ranges START/END."),
      date("start", "First day covered."),
      date("end", "Last day covered."),
      string("precision", "day, month, season, year, decade or century."),
      bool("year_inferred", "True when the year was taken from the narrative around the expression."),
      integer("char_start", "Character offset where the expression starts."),
      integer("char_end", "Character offset after the expression."),
      string("sentence", "The sentence holding the expression."),
      string("source", "The extractor."));

  public static final TableSchema DATES = TableSchema.keyed("dates",
      "One row per calendar expression, normalized to ISO 8601.", DATE_COLUMNS, List.of("doc_id", "char_start"));

  public static final TableSchema TIMELINE = new TableSchema("timeline",
      "One row per dated event across all documents, in chronological order.", List.of(
          date("start", "First day of the event's date."),
          date("end", "Last day of the event's date."),
          string("precision", "day, month, season, year, decade or century."),
          string("value", "The ISO 8601 value."),
          string("date_text", "The date as written."),
          string("event", "The sentence that dates the event."),
          string("doc_id", "Document id."),
          integer("char_start", "Character offset of the date in the document."),
          string("entities", "Canonical names of the entities named in that sentence, separated by '; '.")),
      List.of("doc_id", "char_start"), List.of("start", "doc_id", "char_start"));

  private static final List<Column> DEPLOYMENT_COLUMNS = List.of(
      string("doc_id", "Document id."),
      string("place", "The base, town or country as the text names it (\"Memel\", \"Vilna\"; \"X and Y\" for one figure given for several places)."),
      string("place_canonical", "Its canonical name (\"Klaipėda\", \"Vilnius\"), as in troops_per_base and entities."),
      string("places", "Every place the figure is given for, canonical names separated by '; ' (more than one when the text gives one figure for several)."),
      string("kind", "base (a town or site) or country."),
      string("country", "The host country."),
      integer("troops", "The number stated."),
      string("qualifier", "exact, up_to, about or at_least."),
      string("units", "Unit types or formations named with the figure, separated by ', '."),
      integer("start", "Character offset of the figure."),
      integer("end", "Character offset after the figure."),
      string("sentence", "The sentence that states it."),
      string("source", "The extractor that found the figure."),
      string("linked_by", "How the place was found: parenthesis, sentence or document."));

  public static final TableSchema DEPLOYMENTS = TableSchema.keyed("deployments",
      "One row per stated number of foreign troops, tied to a base or a country.", DEPLOYMENT_COLUMNS,
      List.of("doc_id", "start"));

  public static final TableSchema TROOPS_PER_BASE = TableSchema.keyed("troops_per_base",
      "One row per military base: the troops stationed there.", List.of(
          string("country", "Host country."),
          string("base", "The base's town or site."),
          integer("troops", "Troops stated for the base (the figure stated most often; among equals the largest)."),
          string("qualifier", "exact, up_to, about or at_least."),
          string("units", "Unit types named, separated by ', '."),
          string("doc_ids", "Documents that state it, separated by ';'."),
          integer("figures", "How many figures were stated for the base."),
          number("lat", "Latitude (WGS84), when the gazetteer knows the place."),
          number("lon", "Longitude (WGS84), when the gazetteer knows the place.")), List.of("base"));

  public static final TableSchema TREATY_ARTICLES = new TableSchema("treaty_articles",
      "One row per numbered treaty article listed in a document.", List.of(
          string("doc_id", "Document id."),
          string("treaty", "The treaty the article belongs to."),
          integer("article", "The article's number (Roman numerals and number words converted)."),
          string("text", "The article's text as listed."),
          integer("start", "Character offset of the item."),
          integer("end", "Character offset after the item."),
          string("source", "The extractor that found the item.")),
      List.of("doc_id", "start"), List.of("doc_id", "treaty", "article", "start"));

  public static final TableSchema QUANTITIES = TableSchema.keyed("quantities",
      "One row per number with the noun it counts (troops, people, hectares, dollars, ...).", List.of(
          string("doc_id", "Document id."),
          number("value", "The number."),
          string("counted", "The noun it counts, as written."),
          string("text", "The number and its noun as written."),
          integer("start", "Character offset of the number."),
          integer("end", "Character offset after the noun."),
          string("sentence", "The sentence holding it."),
          string("source", "The extractor.")), List.of("doc_id", "start"));

  public static final TableSchema ERRORS = new TableSchema("errors", "One row per input that could not be processed.",
      List.of(
          string("path", "The input path."),
          string("error", "What was wrong, in one line.")), List.of(), List.of("path", "error"));

  public static final TableSchema UNPLACED = TableSchema.keyed("unplaced",
      "One row per place or base the maps leave out because the gazetteer has no coordinates for it.", List.of(
          string("name", "The canonical name."),
          string("kind", "place (a LOCATION entity) or base (a base of troops_per_base)."),
          integer("mentions", "Mentions of the place, or figures stated for the base."),
          string("doc_ids", "Documents that name it, separated by ';'.")), List.of("name", "kind"));

  /** The output tables, in output order. */
  public static final List<TableSchema> OUTPUT = List.of(DOCUMENTS, MENTIONS, ENTITIES, DATES, TIMELINE, DEPLOYMENTS,
      TROOPS_PER_BASE, TREATY_ARTICLES, QUANTITIES, ERRORS, UNPLACED);

  /** The references between output tables. */
  public static final List<ForeignKey> FOREIGN_KEYS = List.of(
      new ForeignKey("mentions", "doc_id", "documents", "doc_id"),
      new ForeignKey("mentions", "entity_id", "entities", "entity_id"),
      new ForeignKey("dates", "doc_id", "documents", "doc_id"),
      new ForeignKey("timeline", "doc_id", "documents", "doc_id"),
      new ForeignKey("deployments", "doc_id", "documents", "doc_id"),
      new ForeignKey("treaty_articles", "doc_id", "documents", "doc_id"),
      new ForeignKey("quantities", "doc_id", "documents", "doc_id"));

  // ---- fact tables ----------------------------------------------------------------------------

  /** Mentions before entity ids exist, with what the entity table needs from each. */
  public static final TableSchema MENTION_FACTS = TableSchema.keyed("mention_facts",
      "Mentions of one document, with the working columns the entity table is aggregated from.",
      concat(MENTION_COLUMNS.stream().filter(c -> !c.name().equals("entity_id")).toList(), List.of(
          string("surface", "The mention as an alias: cleaned surface form."),
          string("slug", "The entity name folded for its id (ASCII, lower case, dashes)."),
          string("country", "For places: the country they lie in."),
          number("lat", "For places: latitude."),
          number("lon", "For places: longitude."))),
      List.of("doc_id", "start", "end", "type"));

  /** Dates with the entities of their sentence, which the timeline shows. */
  public static final TableSchema DATE_FACTS = TableSchema.keyed("date_facts",
      "Dates of one document, with the entities named in their sentences.",
      concat(DATE_COLUMNS, List.of(
          string("entities", "Canonical names of the entities in the sentence, separated by '; '."),
          string("event", "The sentence as the timeline quotes it (cut after 500 characters)."))),
      List.of("doc_id", "char_start"));

  /** Deployments with the coordinates troops per base shows. */
  public static final TableSchema DEPLOYMENT_FACTS = TableSchema.keyed("deployment_facts",
      "Deployments of one document, with the coordinates of their place.",
      concat(DEPLOYMENT_COLUMNS, List.of(number("lat", "Latitude of the place."), number("lon", "Longitude of the place."))),
      List.of("doc_id", "start"));

  /** What a document contributes, in the order {@link DocumentRows} holds it. */
  public static final List<TableSchema> FACTS = List.of(DOCUMENTS, MENTION_FACTS, DATE_FACTS, DEPLOYMENT_FACTS,
      TREATY_ARTICLES, QUANTITIES);

  private static List<Column> concat(List<Column> a, List<Column> b) {
    List<Column> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
