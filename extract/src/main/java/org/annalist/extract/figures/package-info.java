/**
 * Numbers with what they count: troop figures ("8,000 troops", "a 25,000-strong contingent",
 * "twenty thousand soldiers", "troop numbers ... were put at 25,000") with their qualifier
 * (exact, up to, about, at least) and the unit types or formations named beside them.
 */
package org.annalist.extract.figures;
