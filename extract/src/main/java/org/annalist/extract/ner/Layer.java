package org.annalist.extract.ner;

import java.util.List;
import org.annalist.extract.nlp.Sentence;

/** One way of proposing entity spans in a sentence. Implementations are not thread-safe. */
interface Layer {
  List<Candidate> find(Sentence sentence);
}
