/**
 * OpenNLP adapters: loading the English sentence, token and POS models from the classpath once,
 * and analysing a text into sentences and POS-tagged tokens with character offsets.
 */
package org.annalist.extract.nlp;
