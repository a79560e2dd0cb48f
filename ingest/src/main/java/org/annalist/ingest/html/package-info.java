/**
 * Web pages: jsoup parses, {@link org.annalist.ingest.html.HtmlText} walks the tree iteratively
 * and keeps the text a reader sees, without scripts or navigation chrome. Only this package
 * imports jsoup.
 */
package org.annalist.ingest.html;
