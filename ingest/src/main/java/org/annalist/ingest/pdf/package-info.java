/**
 * PDFs with a text layer: PDFBox extracts lines per page, {@link org.annalist.ingest.pdf.PageText}
 * drops running headers and footers and rejoins wrapped and hyphenated lines. Only this package
 * imports PDFBox.
 */
package org.annalist.ingest.pdf;
