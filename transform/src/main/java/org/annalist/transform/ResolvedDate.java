package org.annalist.transform;

import java.time.LocalDate;
import java.util.Optional;
import org.annalist.model.DateExpression;

/**
 * A date expression with its year settled.
 *
 * @param expression   as extracted
 * @param value        ISO 8601 at the stated precision (ranges START/END), empty when no year could be had
 * @param first        first day covered
 * @param last         last day covered
 * @param yearInferred true when the year came from the narrative, not the expression
 */
public record ResolvedDate(DateExpression expression, String value, Optional<LocalDate> first,
    Optional<LocalDate> last, boolean yearInferred) {
}
