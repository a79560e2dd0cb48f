/**
 * Training and cross-validating the OpenNLP name finder from CoNLL-2003-style files
 * ({@code annalist train-ner}); the shipped model was made with it (see README).
 */
package org.annalist.extract.train;
