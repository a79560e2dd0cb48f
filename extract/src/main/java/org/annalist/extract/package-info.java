/**
 * Extraction: turns one document's text into a {@link org.annalist.model.DocumentExtraction}.
 *
 * <p>{@link org.annalist.extract.DocumentExtractor} runs every extractor on one document. It is
 * built once per run (models load once, through {@link org.annalist.extract.nlp.NlpModels}) and
 * is safe to call from several threads at once: OpenNLP's {@code *ME} classes are not thread-safe,
 * so each call makes its own from the shared, immutable models. Only this module imports
 * {@code opennlp.tools}.
 */
package org.annalist.extract;
