/**
 * Calendar expressions: a grammar of regular expressions for full dates in the common English styles,
 * month-days, months, seasons, decades, centuries, ranges and years used as dates, each parsed into
 * {@link org.annalist.model.PartialDate}s. Years are left empty where the text gives none; the
 * transform stage infers them from the narrative. Impossible dates are never emitted.
 */
package org.annalist.extract.dates;
