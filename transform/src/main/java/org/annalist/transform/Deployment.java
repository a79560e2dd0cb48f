package org.annalist.transform;

import java.util.List;
import org.annalist.model.Qualifier;
import org.annalist.model.TroopFigure;

/**
 * A troop figure tied to the place it belongs to.
 *
 * @param figure  the figure as extracted (number, qualifier, units, provenance)
 * @param written the place as the text writes it ("Memel", "Vilna"), or the canonical name when the
 *                place comes from the document rather than the sentence
 * @param place   canonical place name ("Klaipėda", "Vilnius")
 * @param kind    "base" for a town or site, "country" for a whole country
 * @param country the host country
 * @param linkedBy how the place was found: parenthesis, sentence or document
 */
public record Deployment(TroopFigure figure, String written, String place, String kind, String country, String linkedBy) {
  public long troops() {
    return figure.troops();
  }

  public Qualifier qualifier() {
    return figure.qualifier();
  }

  public List<String> units() {
    return figure.units();
  }
}
