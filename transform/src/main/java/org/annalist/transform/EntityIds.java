package org.annalist.transform;

import java.text.Normalizer;
import java.util.Locale;
import org.annalist.model.text.Regex;

/**
 * The stable part of entity ids: a name folded to ASCII lower case with dashes ("Klaipėda" ->
 * "klaipeda"). The store prefixes the type ("loc-klaipeda") and numbers names that fold alike, in
 * sorted order, so ids never depend on the order documents arrive in.
 */
public final class EntityIds {
  private EntityIds() { }

  public static String slug(String s) {
    String n = Regex.replaceAll(Normalizer.normalize(s, Normalizer.Form.NFKD), "\\p{M}", "");
    n = Regex.replaceAll(Regex.replaceAll(n.toLowerCase(Locale.ROOT), "[^a-z0-9]+", "-"), "^-|-$", "");
    return n.isEmpty() ? "x" : n;
  }
}
