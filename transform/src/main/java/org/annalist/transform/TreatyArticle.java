package org.annalist.transform;

import org.annalist.model.ListItem;

/**
 * A numbered treaty article attributed to its treaty.
 *
 * @param item   the list item as extracted
 * @param treaty the treaty's name, or empty when the document never names it
 */
public record TreatyArticle(ListItem item, String treaty) {
}
