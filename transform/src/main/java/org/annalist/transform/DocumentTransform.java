package org.annalist.transform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annalist.model.DatasetSchema;
import org.annalist.model.DocumentExtraction;
import org.annalist.model.DocumentRows;
import org.annalist.model.EntityType;
import org.annalist.model.ListItem;
import org.annalist.model.Mention;
import org.annalist.model.Quantity;
import org.annalist.model.SourceDocument;
import org.annalist.model.TextSpan;
import org.annalist.model.knowledge.Gazetteer;

/**
 * The per-document transform steps, from one document's extraction to its rows of the fact tables
 * ({@link DatasetSchema#FACTS}): canonical names, year inference, deployments linked to places,
 * treaty articles attributed to treaties, and the gazetteer facts (country, coordinates) the
 * cross-document tables need. Nothing here looks at another document, so it runs wherever the
 * extraction runs (a thread of the embedded run, a Spark partition); the cross-document tables are
 * aggregated afterwards by the store. Safe to call from several threads.
 */
public final class DocumentTransform {
  /** Longest sentence the timeline quotes whole; longer ones are cut with "...". */
  static final int EVENT_CHARS = 500;

  private final Gazetteer gazetteer;
  private final YearInference years;

  public DocumentTransform(Gazetteer gazetteer, OptionalInt referenceYear) {
    this.gazetteer = gazetteer;
    this.years = new YearInference(referenceYear);
  }

  /** A mention and its canonical name. */
  record Named(Mention mention, String canonical) { }

  /** The document's rows of every fact table. */
  public DocumentRows rows(DocumentExtraction d) {
    SourceDocument doc = d.document();
    String id = doc.docId();
    Canonicalizer canon = Canonicalizer.forDocument(gazetteer, d.mentions());
    List<Named> named = new ArrayList<>();
    for (Mention m : d.mentions()) {
      named.add(new Named(m, canon.canonical(m)));
    }
    named.sort(Comparator.comparingInt((Named n) -> n.mention().start())
        .thenComparingInt(n -> n.mention().end()).thenComparing(n -> n.mention().type().name()));

    List<List<Object>> mentions = new ArrayList<>();
    for (Named n : named) {
      Mention m = n.mention();
      Optional<Place> place = m.type() == EntityType.LOCATION ? place(n.canonical()) : Optional.empty();
      mentions.add(Arrays.asList(id, m.type().name(), m.text(), n.canonical(), (long) m.start(), (long) m.end(),
          m.provenance().sentence(), m.provenance().extractor(), m.provenance().confidence(),
          Canonicalizer.clean(m.text()), EntityIds.slug(n.canonical()),
          place.map(Place::country).orElse(null), place.map(Place::lat).orElse(null), place.map(Place::lon).orElse(null)));
    }

    List<List<Object>> dates = new ArrayList<>();
    for (ResolvedDate r : years.resolve(d.dates())) {
      var p = r.expression().provenance();
      TextSpan s = DeploymentLinker.sentenceOf(d, p.start());
      TreeSet<String> inSentence = new TreeSet<>();
      for (int i = Offsets.firstAtOrAfter(named, s.start(), n -> n.mention().start());
          i < named.size() && named.get(i).mention().start() < s.end(); i++) {
        if (named.get(i).mention().end() <= s.end()) {
          inSentence.add(named.get(i).canonical());
        }
      }
      String event = p.sentence().length() > EVENT_CHARS ? p.sentence().substring(0, EVENT_CHARS - 3) + "..." : p.sentence();
      dates.add(Arrays.asList(id, r.expression().text(), r.value().isEmpty() ? null : r.value(), r.first().orElse(null),
          r.last().orElse(null), r.expression().precision().label(), r.yearInferred(), (long) p.start(), (long) p.end(),
          p.sentence(), p.extractor(), String.join("; ", inSentence), event));
    }

    List<List<Object>> deployments = new ArrayList<>();
    for (Deployment dep : new DeploymentLinker(gazetteer, canon).link(d)) {
      var p = dep.figure().provenance();
      Optional<Place> place = place(dep.place());
      deployments.add(Arrays.asList(id, dep.written(), dep.place(), String.join("; ", dep.places()), dep.kind(),
          dep.country().isEmpty() ? null : dep.country(), dep.troops(), dep.qualifier().label(), String.join(", ", dep.units()),
          (long) p.start(), (long) p.end(), p.sentence(), p.extractor(), dep.linkedBy(),
          place.map(Place::lat).orElse(null), place.map(Place::lon).orElse(null)));
    }

    List<List<Object>> articles = new ArrayList<>();
    for (TreatyArticle a : new ArticleAttribution().attribute(d)) {
      ListItem it = a.item();
      articles.add(Arrays.asList(id, a.treaty().isEmpty() ? null : a.treaty(), (long) it.number(), it.text(),
          (long) it.provenance().start(), (long) it.provenance().end(), it.provenance().extractor()));
    }

    List<List<Object>> quantities = new ArrayList<>();
    for (Quantity q : d.quantities()) {
      var p = q.provenance();
      quantities.add(Arrays.asList(id, q.value(), q.counted(), q.text(), (long) p.start(), (long) p.end(), p.sentence(),
          p.extractor()));
    }

    List<Object> document = Arrays.asList(id, doc.title(), doc.path(), doc.format(), doc.encoding(), doc.sha256(),
        (long) doc.text().length(), (long) d.sentences().size(), (long) d.tokens(), (long) mentions.size(),
        (long) dates.size(), (long) deployments.size(), (long) articles.size());

    Map<String, List<List<Object>>> rows = new TreeMap<>();
    rows.put(DatasetSchema.DOCUMENTS.name(), List.of(document));
    rows.put(DatasetSchema.MENTION_FACTS.name(), mentions);
    rows.put(DatasetSchema.DATE_FACTS.name(), dates);
    rows.put(DatasetSchema.DEPLOYMENT_FACTS.name(), deployments);
    rows.put(DatasetSchema.TREATY_ARTICLES.name(), articles);
    rows.put(DatasetSchema.QUANTITIES.name(), quantities);
    return new DocumentRows(id, rows);
  }

  /** What the gazetteer says of a place: its country (the country itself for a country) and coordinates. */
  private record Place(String country, Double lat, Double lon) { }

  private Optional<Place> place(String name) {
    return gazetteer.lookup(name).map(g -> {
      String country = g.isCountry() ? g.name() : g.country();
      Optional<double[]> c = g.type() == EntityType.LOCATION ? g.coordinates() : Optional.empty();
      return new Place(country.isEmpty() ? null : country, c.map(x -> x[0]).orElse(null), c.map(x -> x[1]).orElse(null));
    });
  }
}
