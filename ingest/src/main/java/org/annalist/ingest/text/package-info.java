/**
 * Formats that are text already: plain text as decoded, and Markdown rendered to what a reader
 * sees ({@link org.annalist.ingest.text.MarkdownText}). No library.
 */
package org.annalist.ingest.text;
