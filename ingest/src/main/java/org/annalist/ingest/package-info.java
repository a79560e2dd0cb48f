/**
 * From a file's bytes to the text people read, plus facts about it: format, character encoding,
 * title. One {@link org.annalist.ingest.DocumentReader} per format, registered in
 * {@code META-INF/services}; a {@link org.annalist.ingest.FormatDetector} that picks the format
 * from the bytes first and the file name second; {@link org.annalist.ingest.DocumentReaders}, the
 * one door the pipeline calls, which detects, dispatches and turns every way a document can fail
 * into an {@link org.annalist.ingest.UnreadableDocumentException} with one line of reason for
 * {@code errors.csv}. Text formats are decoded by {@link org.annalist.ingest.TextDecoder}; zip-based
 * ones are inflated under a size cap by {@link org.annalist.ingest.ZipGuard}. Everything is
 * stateless or immutable and safe to share between threads. Line ends are LF, so offsets into
 * {@link org.annalist.ingest.DocumentText#text()} are the offsets later stages store.
 *
 * <h2>Design decision: jsoup + PDFBox + POI, not Apache Tika</h2>
 * Measured on this project's machine (see the shared STACK notes): jsoup 1.24.1, PDFBox 3.0.8 and
 * juniversalchardet add about 4.5 MB of jars, POI being a project dependency already; the trimmed
 * Tika 3.3 parser modules add 39-52 MB in 52 jars. Tika would not save the work that matters
 * here: its HTML handler loses {@code <ol>} numbers and keeps {@code &nbsp;} as U+00A0, it needs
 * the same post-processing of PDF lines (Tika's PDF text is PDFBox's), and it brings four
 * dependency traps (an undeclared {@code tika-core}, a non-open-source RAR library to exclude,
 * {@code poi-ooxml-full} duplicating 2,554 classes of the project's {@code poi-ooxml-lite}, a
 * separate module without which ODT silently yields nothing) and a ~2 s parser start. What Tika
 * adds, dozens of further formats (.doc, .ppt, e-mail, e-books), archives do not need for this
 * issue; a format added later is one more reader here.
 *
 * <h2>Sub-packages</h2>
 * Each holds the reader of one format and is the only code that imports its library:
 * {@code html} (jsoup), {@code pdf} (PDFBox), {@code docx} (POI XWPF), {@code odt} (the JDK's
 * StAX parser), {@code rtf} (the JDK's Swing RTF kit), {@code text} (plain text and Markdown).
 */
package org.annalist.ingest;
