/**
 * Word documents (DOCX) through POI's XWPF, with list numbers computed the way Word computes them.
 * Only this package imports POI in this module.
 */
package org.annalist.ingest.docx;
