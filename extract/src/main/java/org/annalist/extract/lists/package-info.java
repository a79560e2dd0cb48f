/**
 * Numbered list items ("Article IV: ...", "- Article 3 permitted ...") and the names of treaties,
 * pacts and agreements that such lists belong to.
 */
package org.annalist.extract.lists;
