/**
 * Named-entity recognition in three layers, each an OpenNLP {@code TokenNameFinder} or built on one:
 * <ol>
 *   <li>{@link org.annalist.extract.ner.GazetteerLayer}: {@code DictionaryNameFinder} over the
 *       gazetteer's names and aliases (source {@code gazetteer});</li>
 *   <li>{@link org.annalist.extract.ner.RuleLayer}: {@code RegexNameFinder} patterns and title rules
 *       ("X River", "Foreign Minister X", "16th Rifle Corps"; source {@code rule});</li>
 *   <li>{@link org.annalist.extract.ner.ModelLayer}: the {@code NameFinderME} trained on wikigold
 *       (source {@code model}, confidence = the model's span probability).</li>
 * </ol>
 * {@link org.annalist.extract.ner.EntityRecognizer} combines them with a fixed precedence: a longer
 * span wins over a shorter one it overlaps; at equal length gazetteer beats rule beats model. Model
 * spans are then filtered (demonyms, events, non-proper nouns) because the wikigold model's errors on
 * this genre are mostly of those kinds.
 */
package org.annalist.extract.ner;
