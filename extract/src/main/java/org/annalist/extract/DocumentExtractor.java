package org.annalist.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.annalist.extract.dates.DateExtractor;
import org.annalist.extract.dates.SlashOrder;
import org.annalist.extract.figures.QuantityExtractor;
import org.annalist.extract.figures.TroopFigureExtractor;
import org.annalist.extract.lists.AgreementExtractor;
import org.annalist.extract.lists.ProvisionExtractor;
import org.annalist.extract.ner.EntityRecognizer;
import org.annalist.extract.nlp.NlpModels;
import org.annalist.extract.nlp.PreparedText;
import org.annalist.extract.nlp.Sentence;
import org.annalist.extract.nlp.TextAnalyzer;
import org.annalist.model.DocumentExtraction;
import org.annalist.model.SourceDocument;
import org.annalist.model.TextSpan;
import org.annalist.model.knowledge.Gazetteer;

/**
 * Runs every extractor on one document. Build one per run; {@link #extract} may be called from
 * several threads at once (each call makes its own OpenNLP {@code *ME} instances from the shared
 * models, which is cheap next to the tagging itself).
 */
public final class DocumentExtractor {
  private final NlpModels models;
  private final Gazetteer gazetteer;
  private final DateExtractor dates;
  private final TroopFigureExtractor troops = new TroopFigureExtractor();
  private final QuantityExtractor quantities = new QuantityExtractor();
  private final ProvisionExtractor provisions = new ProvisionExtractor();
  private final AgreementExtractor agreements = new AgreementExtractor();
  private final ThreadLocal<EntityRecognizer> recognizers;
  private final ThreadLocal<TextAnalyzer> analyzers;

  public DocumentExtractor(NlpModels models, Gazetteer gazetteer, SlashOrder slashOrder) {
    this.models = models;
    this.gazetteer = gazetteer;
    this.dates = new DateExtractor(slashOrder);
    this.recognizers = ThreadLocal.withInitial(() -> new EntityRecognizer(this.models, this.gazetteer));
    this.analyzers = ThreadLocal.withInitial(() -> new TextAnalyzer(this.models));
  }

  public DocumentExtraction extract(SourceDocument doc) {
    PreparedText prepared = PreparedText.of(doc.text());
    String masked = prepared.masked();
    int bodyEnd = prepared.bodyEnd();
    List<Sentence> all = analyzers.get().analyze(masked, 0, masked.length());
    Budget.check();
    List<Sentence> body = new ArrayList<>();
    int tokens = 0;
    for (Sentence s : all) {
      tokens += s.tokens().size();
      if (s.start() < bodyEnd) {
        body.add(s);
      }
    }
    List<TextSpan> spans = all.stream().map(s -> new TextSpan(s.start(), s.end())).toList();
    IntFunction<String> sentenceAt = offset -> {
      int i = TextSpan.indexOf(spans, offset);
      return i < 0 ? "" : all.get(i).collapsed();
    };
    String id = doc.docId();
    var dateExpressions = dates.extract(id, masked, 0, bodyEnd, sentenceAt);
    Budget.check();
    return new DocumentExtraction(doc, spans, tokens,
        recognizers.get().recognize(id, body),
        dateExpressions,
        troops.extract(id, body),
        quantities.extract(id, body, dateExpressions),
        provisions.extract(id, masked, 0, bodyEnd, doc.title(), sentenceAt),
        agreements.extract(id, masked, 0, bodyEnd, sentenceAt),
        bodyEnd);
  }
}
