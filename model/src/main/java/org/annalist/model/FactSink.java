package org.annalist.model;

import java.io.IOException;

/**
 * Where documents' facts go as each document finishes: the store's one narrow door. Calls come from
 * one thread at a time, in any document order; the dataset built from the facts does not depend on
 * that order.
 */
public interface FactSink {
  /** Adds one document's rows. */
  void accept(DocumentRows document) throws IOException;

  /** Records an input that could not be processed. */
  void error(ErrorRecord error) throws IOException;
}
