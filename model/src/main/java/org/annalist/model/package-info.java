/**
 * The canonical dataset and the contracts between the pipeline's stages.
 *
 * <p>Everything here is an immutable value that checks its own invariants: the input document
 * ({@link org.annalist.model.SourceDocument}), what extraction found in one document
 * ({@link org.annalist.model.DocumentExtraction}), the tables built from all documents
 * ({@link org.annalist.model.Dataset}) and the writer contract ({@link org.annalist.model.DatasetWriter}).
 * This module depends on nothing, so every other module can depend on it and on nothing else's
 * internals.
 */
package org.annalist.model;
