package org.annalist.transform;

import java.util.List;
import org.annalist.model.Mention;
import org.annalist.model.Quantity;

/**
 * What one document contributes to the dataset, after the per-document transform steps and without
 * its text, so a run holds only these while documents stream through.
 *
 * @param docId       document id
 * @param title       first line
 * @param path        path as given
 * @param sha256      checksum of the file
 * @param characters  length of the text
 * @param sentences   number of sentences
 * @param tokens      number of tokens
 * @param mentions    mentions with their canonical names, in text order
 * @param dates       dates with the entities named in their sentences, in text order
 * @param deployments troop figures tied to places
 * @param articles    treaty articles
 * @param quantities  numbers with what they count
 */
public record DocumentFacts(String docId, String title, String path, String sha256, int characters, int sentences,
    int tokens, List<Named> mentions, List<Dated> dates, List<Deployment> deployments, List<TreatyArticle> articles,
    List<Quantity> quantities) {
  public DocumentFacts {
    mentions = List.copyOf(mentions);
    dates = List.copyOf(dates);
    deployments = List.copyOf(deployments);
    articles = List.copyOf(articles);
    quantities = List.copyOf(quantities);
  }

  /** A mention and its canonical name. */
  public record Named(Mention mention, String canonical) { }

  /** A resolved date and the canonical names of the entities in its sentence, sorted. */
  public record Dated(ResolvedDate date, List<String> entities) {
    public Dated {
      entities = List.copyOf(entities);
    }
  }
}
