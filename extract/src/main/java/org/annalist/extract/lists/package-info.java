/**
 * Numbered provisions of treaties, protocols and agreements in the forms real texts give them
 * (article headings and items, articles named in prose, numbered paragraphs and inline
 * enumerations), and the names of the treaties, pacts and agreements they belong to.
 */
package org.annalist.extract.lists;
