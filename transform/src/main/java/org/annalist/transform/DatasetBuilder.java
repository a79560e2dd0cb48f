package org.annalist.transform;

import static org.annalist.model.Column.bool;
import static org.annalist.model.Column.date;
import static org.annalist.model.Column.integer;
import static org.annalist.model.Column.number;
import static org.annalist.model.Column.string;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annalist.model.Dataset;
import org.annalist.model.Dataset.GeoPoint;
import org.annalist.model.DocumentExtraction;
import org.annalist.model.EntityType;
import org.annalist.model.ErrorRecord;
import org.annalist.model.ForeignKey;
import org.annalist.model.ListItem;
import org.annalist.model.Mention;
import org.annalist.model.Quantity;
import org.annalist.model.Table;
import org.annalist.model.TextSpan;
import org.annalist.model.knowledge.Gazetteer;

/**
 * Builds the canonical dataset from all documents' extractions: runs the transform steps per
 * document, aggregates across documents, and lays the result out as tables with fixed column
 * orders and stable row orders. The same extractions always give the same dataset, whatever order
 * they arrive in.
 */
public final class DatasetBuilder {
  private final Gazetteer gazetteer;
  private final YearInference years;

  public DatasetBuilder(Gazetteer gazetteer, OptionalInt referenceYear) {
    this.gazetteer = gazetteer;
    this.years = new YearInference(referenceYear);
  }

  /**
   * The per-document steps: canonical names, year inference, deployments, treaty articles. Safe to
   * call from several threads; the result no longer holds the document's text.
   */
  public DocumentFacts facts(DocumentExtraction d) {
    Canonicalizer canon = Canonicalizer.forDocument(gazetteer, d.mentions());
    List<DocumentFacts.Named> named = new ArrayList<>();
    for (Mention m : d.mentions()) {
      named.add(new DocumentFacts.Named(m, canon.canonical(m)));
    }
    named.sort(Comparator.comparingInt((DocumentFacts.Named n) -> n.mention().start())
        .thenComparingInt(n -> n.mention().end()).thenComparing(n -> n.mention().type().name()));
    List<DocumentFacts.Dated> dated = new ArrayList<>();
    for (ResolvedDate r : years.resolve(d.dates())) {
      TextSpan s = DeploymentLinker.sentenceOf(d, r.expression().provenance().start());
      TreeSet<String> inSentence = new TreeSet<>();
      for (int i = Offsets.firstAtOrAfter(named, s.start(), n -> n.mention().start()); i < named.size() && named.get(i).mention().start() < s.end(); i++) {
        if (named.get(i).mention().end() <= s.end()) {
          inSentence.add(named.get(i).canonical());
        }
      }
      dated.add(new DocumentFacts.Dated(r, List.copyOf(inSentence)));
    }
    var doc = d.document();
    return new DocumentFacts(doc.docId(), doc.title(), doc.path(), doc.sha256(), doc.text().length(), d.sentences().size(),
        d.tokens(), named, dated, new DeploymentLinker(gazetteer, canon).link(d), new ArticleAttribution().attribute(d),
        d.quantities());
  }

  /** Aggregates all documents' facts into the dataset; the order of {@code facts} does not matter. */
  public Dataset build(List<DocumentFacts> facts, List<ErrorRecord> errors) {
    List<DocumentFacts> results = new ArrayList<>(facts);
    results.sort(Comparator.comparing(DocumentFacts::docId));
    EntityCatalog catalog = new EntityCatalog();
    for (DocumentFacts d : results) {
      for (DocumentFacts.Named n : d.mentions()) {
        catalog.add(d.docId(), n.mention(), n.canonical());
      }
    }
    List<EntityCatalog.Entity> entities = catalog.entities();
    Map<String, String> ids = EntityCatalog.idIndex(entities);
    Map<String, GeoPoint> places = places(entities);

    List<Table> tables = new ArrayList<>();
    tables.add(documents(results));
    tables.add(mentions(results, ids));
    tables.add(entities(entities, places));
    tables.add(dates(results));
    tables.add(timeline(results));
    tables.add(deployments(results));
    tables.add(troopsPerBase(results, places));
    tables.add(treatyArticles(results));
    tables.add(quantities(results));
    tables.add(errors(errors));
    List<ForeignKey> fks = List.of(
        new ForeignKey("mentions", "doc_id", "documents", "doc_id"),
        new ForeignKey("mentions", "entity_id", "entities", "entity_id"),
        new ForeignKey("dates", "doc_id", "documents", "doc_id"),
        new ForeignKey("timeline", "doc_id", "documents", "doc_id"),
        new ForeignKey("deployments", "doc_id", "documents", "doc_id"),
        new ForeignKey("treaty_articles", "doc_id", "documents", "doc_id"),
        new ForeignKey("quantities", "doc_id", "documents", "doc_id"));
    return new Dataset(tables, fks, places, Map.of());
  }

  private Map<String, GeoPoint> places(List<EntityCatalog.Entity> entities) {
    Map<String, GeoPoint> out = new TreeMap<>();
    for (EntityCatalog.Entity e : entities) {
      if (e.type() != EntityType.LOCATION) {
        continue;
      }
      gazetteer.lookup(e.name()).filter(g -> g.type() == EntityType.LOCATION).ifPresent(g ->
          g.coordinates().ifPresent(c -> out.put(e.name(), new GeoPoint(c[0], c[1], g.isCountry() ? g.name() : g.country()))));
    }
    return out;
  }

  private static Table documents(List<DocumentFacts> rs) {
    List<List<Object>> rows = new ArrayList<>();
    for (DocumentFacts r : rs) {
      rows.add(Arrays.asList(r.docId(), r.title(), r.path(), r.sha256(), (long) r.characters(), (long) r.sentences(),
          (long) r.tokens(), (long) r.mentions().size(), (long) r.dates().size(), (long) r.deployments().size(),
          (long) r.articles().size()));
    }
    return new Table("documents", "One row per input document processed.", List.of(
        string("doc_id", "The file name without its extension."),
        string("title", "The first non-blank line of the document."),
        string("path", "The path as given on the command line."),
        string("sha256", "SHA-256 of the file's bytes."),
        integer("characters", "Length of the decoded text in characters."),
        integer("sentences", "Number of sentences."),
        integer("tokens", "Number of tokens."),
        integer("mentions", "Named-entity mentions found."),
        integer("dates", "Calendar expressions found."),
        integer("deployments", "Troop figures tied to a place."),
        integer("articles", "Treaty articles found.")), List.of("doc_id"), rows);
  }

  private static Table mentions(List<DocumentFacts> rs, Map<String, String> ids) {
    List<List<Object>> rows = new ArrayList<>();
    for (DocumentFacts r : rs) {
      for (DocumentFacts.Named n : r.mentions()) {
        Mention m = n.mention();
        String canonical = n.canonical();
        rows.add(Arrays.asList(r.docId(), m.type().name(), m.text(), canonical,
            ids.get(m.type() + "\u0000" + canonical), (long) m.start(), (long) m.end(), m.provenance().sentence(),
            m.provenance().extractor(), m.provenance().confidence()));
      }
    }
    return new Table("mentions", "One row per named-entity mention, with its canonical entity and provenance.", List.of(
        string("doc_id", "Document id."),
        string("type", "PERSON, LOCATION or ORGANIZATION."),
        string("text", "The mention as written."),
        string("entity", "Canonical name of the entity the mention refers to."),
        string("entity_id", "Id of the entity in entities.csv."),
        integer("start", "Character offset where the mention starts (0-based)."),
        integer("end", "Character offset after the mention."),
        string("sentence", "The sentence holding the mention."),
        string("source", "Layer that found it: gazetteer, rule or model."),
        number("confidence", "The name finder's probability for model mentions; 1.0 for gazetteer and rules.")),
        List.of("doc_id", "start", "end", "type"), rows);
  }

  private Table entities(List<EntityCatalog.Entity> es, Map<String, GeoPoint> places) {
    List<List<Object>> rows = new ArrayList<>();
    for (EntityCatalog.Entity e : es) {
      GeoPoint p = e.type() == EntityType.LOCATION ? places.get(e.name()) : null;
      String country = e.type() == EntityType.LOCATION
          ? gazetteer.lookup(e.name()).map(g -> g.isCountry() ? g.name() : g.country()).orElse("") : "";
      rows.add(Arrays.asList(e.id(), e.name(), e.type().name(), String.join("; ", e.aliases()), (long) e.mentions(),
          (long) e.docIds().size(), String.join(";", e.docIds()), String.join(";", e.sources()),
          country.isEmpty() ? null : country, p == null ? null : p.lat(), p == null ? null : p.lon()));
    }
    return new Table("entities", "One row per entity across all documents, with every alias.", List.of(
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
        number("lon", "For places known to the gazetteer: longitude (WGS84).")), List.of("entity_id"), rows);
  }

  private static Table dates(List<DocumentFacts> rs) {
    List<List<Object>> rows = new ArrayList<>();
    for (DocumentFacts r : rs) {
      for (DocumentFacts.Dated dd : r.dates()) {
        ResolvedDate d = dd.date();
        var p = d.expression().provenance();
        rows.add(Arrays.asList(r.docId(), d.expression().text(), d.value().isEmpty() ? null : d.value(),
            d.first().orElse(null), d.last().orElse(null), d.expression().precision().label(), d.yearInferred(),
            (long) p.start(), (long) p.end(), p.sentence(), p.extractor()));
      }
    }
    return new Table("dates", "One row per calendar expression, normalized to ISO 8601.", List.of(
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
        string("source", "The extractor.")), List.of("doc_id", "char_start"), rows);
  }

  private static Table timeline(List<DocumentFacts> rs) {
    record Row(LocalDate start, String doc, int offset, List<Object> cells) { }
    List<Row> rows = new ArrayList<>();
    for (DocumentFacts r : rs) {
      for (DocumentFacts.Dated dd : r.dates()) {
        ResolvedDate d = dd.date();
        if (d.first().isEmpty()) {
          continue;
        }
        var p = d.expression().provenance();
        List<String> named = dd.entities();
        String event = p.sentence().length() > 500 ? p.sentence().substring(0, 497) + "..." : p.sentence();
        rows.add(new Row(d.first().get(), r.docId(), p.start(), Arrays.asList(d.first().get(), d.last().get(),
            d.expression().precision().label(), d.value(), d.expression().text(), event, r.docId(), (long) p.start(),
            String.join("; ", named))));
      }
    }
    rows.sort(Comparator.comparing(Row::start).thenComparing(Row::doc).thenComparingInt(Row::offset));
    return new Table("timeline", "One row per dated event across all documents, in chronological order.", List.of(
        date("start", "First day of the event's date."),
        date("end", "Last day of the event's date."),
        string("precision", "day, month, season, year, decade or century."),
        string("value", "The ISO 8601 value."),
        string("date_text", "The date as written."),
        string("event", "The sentence that dates the event."),
        string("doc_id", "Document id."),
        integer("char_start", "Character offset of the date in the document."),
        string("entities", "Canonical names of the entities named in that sentence, separated by '; '.")),
        List.of("doc_id", "char_start"), rows.stream().map(Row::cells).toList());
  }

  private static Table deployments(List<DocumentFacts> rs) {
    List<List<Object>> rows = new ArrayList<>();
    for (DocumentFacts r : rs) {
      for (Deployment d : r.deployments()) {
        var p = d.figure().provenance();
        rows.add(Arrays.asList(r.docId(), d.written(), d.place(), d.kind(), d.country().isEmpty() ? null : d.country(), d.troops(),
            d.qualifier().label(), String.join(", ", d.units()), (long) p.start(), (long) p.end(), p.sentence(), p.extractor(),
            d.linkedBy(), String.join("; ", d.places())));
      }
    }
    return new Table("deployments", "One row per stated number of foreign troops, tied to a base or a country.", List.of(
        string("doc_id", "Document id."),
        string("place", "The base, town or country as the text names it (\"Memel\", \"Vilna\")."),
        string("place_canonical", "Its canonical name (\"Klaipėda\", \"Vilnius\"), as in troops_per_base and entities."),
        string("kind", "base (a town or site) or country."),
        string("country", "The host country."),
        integer("troops", "The number stated."),
        string("qualifier", "exact, up_to, about or at_least."),
        string("units", "Unit types or formations named with the figure, separated by ', '."),
        integer("start", "Character offset of the figure."),
        integer("end", "Character offset after the figure."),
        string("sentence", "The sentence that states it."),
        string("source", "The extractor that found the figure."),
        string("linked_by", "How the place was found: parenthesis, sentence or document."),
        string("places", "Every place the figure is stated for (canonical), separated by '; ': two or more when one figure "
            + "covers coordinated places (\"12,000 troops in X and Y\").")), List.of("doc_id", "start"), rows);
  }

  private static Table troopsPerBase(List<DocumentFacts> rs, Map<String, GeoPoint> places) {
    record Key(String base) { }
    Map<Key, List<Deployment>> groups = new TreeMap<>(Comparator.comparing(Key::base));
    Map<Deployment, String> docOf = new HashMap<>();
    for (DocumentFacts r : rs) {
      for (Deployment d : r.deployments()) {
        if (d.kind().equals("base")) {
          groups.computeIfAbsent(new Key(d.place()), k -> new ArrayList<>()).add(d);
          docOf.put(d, r.docId());
        }
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    for (Map.Entry<Key, List<Deployment>> g : groups.entrySet()) {
      // the figure stated most often; among equals the largest
      Map<Long, Integer> votes = new TreeMap<>();
      for (Deployment d : g.getValue()) {
        votes.merge(d.troops(), 1, Integer::sum);
      }
      long troops = votes.entrySet().stream()
          .max(Map.Entry.<Long, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey())).get().getKey();
      Optional<Deployment> chosen = g.getValue().stream().filter(d -> d.troops() == troops).findFirst();
      LinkedHashMap<String, Boolean> units = new LinkedHashMap<>();
      TreeSet<String> docIds = new TreeSet<>();
      for (Deployment d : g.getValue()) {
        d.units().forEach(u -> units.put(u, true));
        docIds.add(docOf.get(d));
      }
      GeoPoint p = places.get(g.getKey().base());
      String country = g.getValue().stream().map(Deployment::country).filter(c -> !c.isEmpty()).findFirst().orElse(null);
      rows.add(Arrays.asList(country, g.getKey().base(), troops,
          chosen.map(d -> d.qualifier().label()).orElse("exact"), String.join(", ", units.keySet()), String.join(";", docIds),
          (long) g.getValue().size(), p == null ? null : p.lat(), p == null ? null : p.lon()));
    }
    return new Table("troops_per_base", "One row per military base: the troops stationed there.", List.of(
        string("country", "Host country."),
        string("base", "The base's town or site."),
        integer("troops", "Troops stated for the base (the figure stated most often; among equals the largest)."),
        string("qualifier", "exact, up_to, about or at_least."),
        string("units", "Unit types named, separated by ', '."),
        string("doc_ids", "Documents that state it, separated by ';'."),
        integer("figures", "How many figures were stated for the base."),
        number("lat", "Latitude (WGS84), when the gazetteer knows the place."),
        number("lon", "Longitude (WGS84), when the gazetteer knows the place.")), List.of("base"), rows);
  }

  private static Table treatyArticles(List<DocumentFacts> rs) {
    List<List<Object>> rows = new ArrayList<>();
    for (DocumentFacts r : rs) {
      List<TreatyArticle> as = new ArrayList<>(r.articles());
      as.sort(Comparator.comparing(TreatyArticle::treaty).thenComparingInt(a -> a.item().number())
          .thenComparingInt(a -> a.item().provenance().start()));
      for (TreatyArticle a : as) {
        ListItem it = a.item();
        rows.add(Arrays.asList(r.docId(), a.treaty().isEmpty() ? null : a.treaty(), (long) it.number(), it.text(),
            (long) it.provenance().start(), (long) it.provenance().end(), it.provenance().extractor()));
      }
    }
    return new Table("treaty_articles", "One row per numbered treaty article listed in a document.", List.of(
        string("doc_id", "Document id."),
        string("treaty", "The treaty the article belongs to."),
        integer("article", "The article's number (Roman numerals converted)."),
        string("text", "The article's text as listed."),
        integer("start", "Character offset of the item."),
        integer("end", "Character offset after the item."),
        string("source", "The extractor that found the item.")), List.of("doc_id", "start"), rows);
  }

  private static Table quantities(List<DocumentFacts> rs) {
    List<List<Object>> rows = new ArrayList<>();
    for (DocumentFacts r : rs) {
      for (Quantity q : r.quantities()) {
        var p = q.provenance();
        rows.add(Arrays.asList(r.docId(), q.value(), q.counted(), q.text(), (long) p.start(), (long) p.end(), p.sentence(),
            p.extractor()));
      }
    }
    return new Table("quantities", "One row per number with the noun it counts (troops, people, hectares, dollars, ...).",
        List.of(
            string("doc_id", "Document id."),
            number("value", "The number."),
            string("counted", "The noun it counts, as written."),
            string("text", "The number and its noun as written."),
            integer("start", "Character offset of the number."),
            integer("end", "Character offset after the noun."),
            string("sentence", "The sentence holding it."),
            string("source", "The extractor.")), List.of("doc_id", "start"), rows);
  }

  private static Table errors(List<ErrorRecord> errors) {
    List<ErrorRecord> es = new ArrayList<>(errors);
    es.sort(Comparator.comparing(ErrorRecord::path).thenComparing(ErrorRecord::error));
    List<List<Object>> rows = new ArrayList<>();
    for (ErrorRecord e : es) {
      rows.add(Arrays.asList(e.path(), e.error()));
    }
    return new Table("errors", "One row per input that could not be processed.", List.of(
        string("path", "The input path."),
        string("error", "What was wrong, in one line.")), List.of(), rows);
  }
}
