package org.annalist.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything extraction found in one document. Produced per document, independently of the
 * others, so documents can be extracted in parallel; the transform stage aggregates.
 *
 * @param document   the input
 * @param sentences  sentence spans, in text order
 * @param tokens     number of tokens
 * @param mentions   named-entity mentions, in text order
 * @param dates      calendar expressions, in text order
 * @param troops     troop figures, in text order
 * @param quantities numbers with what they count, in text order
 * @param items      numbered list items, in text order
 * @param agreements named treaties and pacts, in text order
 * @param bodyEnd    offset where the body ends and a references section begins (or text length)
 */
public record DocumentExtraction(SourceDocument document, List<TextSpan> sentences, int tokens,
    List<Mention> mentions, List<DateExpression> dates, List<TroopFigure> troops, List<Quantity> quantities,
    List<ListItem> items, List<NamedAgreement> agreements, int bodyEnd) {
  public DocumentExtraction {
    Objects.requireNonNull(document, "document");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    dates = List.copyOf(dates);
    troops = List.copyOf(troops);
    quantities = List.copyOf(quantities);
    items = List.copyOf(items);
    agreements = List.copyOf(agreements);
    if (tokens < 0) {
      throw new IllegalArgumentException("tokens " + tokens);
    }
  }

  public String docId() {
    return document.docId();
  }
}
