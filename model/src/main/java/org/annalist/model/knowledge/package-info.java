/**
 * General knowledge that extraction and canonicalization share: the gazetteer of places, states,
 * organizations and people of the period and region, with types, host countries, coordinates and
 * known alternates (USSR / Soviet Union, Vilna / Vilnius), plus demonyms that are not entities.
 *
 * <p>The data are TSV files under {@code org/annalist/model/knowledge/}; users add their own
 * with {@code --gazetteer FILE} in the same format. They hold knowledge of the region and period,
 * never answers copied from a particular document.
 */
package org.annalist.model.knowledge;
