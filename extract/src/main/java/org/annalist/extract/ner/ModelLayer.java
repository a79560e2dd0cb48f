package org.annalist.extract.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.annalist.extract.nlp.Sentence;
import org.annalist.model.EntityType;

/** The statistical layer: a {@link NameFinderME} with the model trained on wikigold. */
final class ModelLayer implements Layer {
  static final String SOURCE = "model";
  private final NameFinderME finder;

  ModelLayer(TokenNameFinderModel model) {
    this.finder = new NameFinderME(model);
  }

  @Override
  public List<Candidate> find(Sentence sentence) {
    String[] tokens = sentence.tokenTexts();
    Span[] spans = finder.find(tokens);
    List<Candidate> out = new ArrayList<>();
    for (Span s : spans) {
      Optional<EntityType> type = EntityType.parse(s.getType());
      type.ifPresent(t -> out.add(new Candidate(s.getStart(), s.getEnd(), t, SOURCE, 1,
          Math.max(0.0, Math.min(1.0, s.getProb())))));
    }
    // documents are independent: adaptive features must not carry over between them
    return out;
  }

  void clearAdaptiveData() {
    finder.clearAdaptiveData();
  }
}
