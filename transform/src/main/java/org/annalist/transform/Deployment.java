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
 * @param places  every place the figure is stated for, canonical: one, or several when one figure covers
 *                coordinated places ("12,000 troops in Saaremaa and Hiiumaa": written "Saaremaa and Hiiumaa")
 */
public record Deployment(TroopFigure figure, String written, String place, String kind, String country, String linkedBy,
    List<String> places) {
  public Deployment {
    places = List.copyOf(places);
    if (places.isEmpty()) {
      throw new IllegalArgumentException("a deployment has at least one place");
    }
  }

  /** A figure stated for one place. */
  public Deployment(TroopFigure figure, String written, String place, String kind, String country, String linkedBy) {
    this(figure, written, place, kind, country, linkedBy, List.of(place));
  }

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
