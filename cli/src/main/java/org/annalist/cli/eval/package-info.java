/**
 * Scoring a dataset against gold annotations, with the matching rules of the project's scorer
 * ({@code score.py}; see the README): micro precision, recall and F1 per table and per entity type.
 */
package org.annalist.cli.eval;
