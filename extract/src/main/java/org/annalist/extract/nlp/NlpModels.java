package org.annalist.extract.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models of a run, loaded once and shared; models are immutable and thread-safe.
 *
 * <p>Design decision: models are read with {@code getResourceAsStream} from the jar root, not
 * with {@code DefaultClassPathModelProvider}, which scans for jar file names and silently finds
 * nothing inside a shaded jar.
 */
public final class NlpModels {
  public static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  public static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  public static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  /** The name finder trained by {@code annalist train-ner} on wikigold (see README). */
  public static final String NAME_MODEL = "/org/annalist/extract/ner/annalist-ner-en.bin";

  private final SentenceModel sentenceModel;
  private final TokenizerModel tokenizerModel;
  private final POSModel posModel;
  private final TokenNameFinderModel nameModel;

  private NlpModels(SentenceModel s, TokenizerModel t, POSModel p, TokenNameFinderModel n) {
    this.sentenceModel = s;
    this.tokenizerModel = t;
    this.posModel = p;
    this.nameModel = n;
  }

  /** Loads the bundled models. */
  public static NlpModels load() {
    try {
      return new NlpModels(
          new SentenceModel(open(SENTENCE_MODEL)),
          new TokenizerModel(open(TOKEN_MODEL)),
          new POSModel(open(POS_MODEL)),
          new TokenNameFinderModel(open(NAME_MODEL)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP models", e);
    }
  }

  /** SHA-256 of each bundled model, by file name: part of what a run's output depends on. */
  public static java.util.Map<String, String> checksums() throws IOException {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    for (String res : java.util.List.of(SENTENCE_MODEL, TOKEN_MODEL, POS_MODEL, NAME_MODEL)) {
      try (InputStream in = open(res)) {
        java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) > 0; ) {
          d.update(buf, 0, n);
        }
        out.put("model" + res.substring(res.lastIndexOf('/')), java.util.HexFormat.of().formatHex(d.digest()));
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }

  static InputStream open(String resource) throws IOException {
    InputStream in = NlpModels.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("model resource not on the classpath: " + resource);
    }
    return in;
  }

  public SentenceModel sentenceModel() {
    return sentenceModel;
  }

  public TokenizerModel tokenizerModel() {
    return tokenizerModel;
  }

  public POSModel posModel() {
    return posModel;
  }

  public TokenNameFinderModel nameModel() {
    return nameModel;
  }
}
