package org.annalist.transform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.model.EntityType;
import org.annalist.model.Mention;
import org.annalist.model.knowledge.Gazetteer;
import org.annalist.model.text.Regex;

/**
 * Canonical names of mentions within one document.
 *
 * <p>A known name or alias takes the gazetteer's name ("USSR" -> "Soviet Union", "Vilna" ->
 * "Vilnius"). A person's short form joins the long form used in the same document: "Urbšys" ->
 * "Juozas Urbšys", "K. Selter" -> "Karl Selter". Otherwise the mention's text, whitespace
 * collapsed, is its own canonical name.
 */
public final class Canonicalizer {
  private final Gazetteer gazetteer;
  private final Map<String, String> personLongForms = new HashMap<>();

  private Canonicalizer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** A canonicalizer without document context (gazetteer only). */
  public static Canonicalizer global(Gazetteer gazetteer) {
    return new Canonicalizer(gazetteer);
  }

  /** A canonicalizer that knows the person names of one document. */
  public static Canonicalizer forDocument(Gazetteer gazetteer, List<Mention> mentions) {
    Canonicalizer c = new Canonicalizer(gazetteer);
    List<String> longForms = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.type() == EntityType.PERSON && clean(m.text()).contains(" ")) {
        longForms.add(c.known(m).orElse(clean(m.text())));
      }
    }
    // longest first, then alphabetical: a deterministic choice when two long forms share a surname
    longForms.sort((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
    for (Mention m : mentions) {
      if (m.type() != EntityType.PERSON || c.known(m).isPresent()) {
        continue;
      }
      String t = clean(m.text());
      String surname = t.substring(t.lastIndexOf(' ') + 1);
      String initial = t.contains(" ") && Regex.matches(t, "\\p{Lu}\\..*") ? t.substring(0, 1) : "";
      for (String lf : longForms) {
        if (!lf.equals(t) && lf.endsWith(" " + surname) && (initial.isEmpty() || lf.startsWith(initial))
            && (!t.contains(" ") || !initial.isEmpty())) {
          c.personLongForms.put(t, lf);
          break;
        }
      }
    }
    return c;
  }

  private java.util.Optional<String> known(Mention m) {
    String t = clean(m.text());
    java.util.Optional<String> k = gazetteer.lookup(t).filter(e -> e.type() == m.type()).map(Gazetteer.Entry::name);
    if (k.isEmpty() && t.length() > 2 && t.equals(t.toUpperCase(java.util.Locale.ROOT))) {
      // a name in a capitals headline ("SMETONA FLEES") is the same name
      return gazetteer.lookup(titleCase(t)).filter(e -> e.type() == m.type()).map(Gazetteer.Entry::name);
    }
    java.util.regex.Matcher formal = FORMAL_NAME.matcher(t);
    if (k.isEmpty() && m.type() == EntityType.LOCATION && formal.matches()) {
      // "the Republic of Liberia", "the Kingdom of Siam": a state's formal name the gazetteer does not list is the state
      return gazetteer.lookup(formal.group(1)).filter(Gazetteer.Entry::isCountry).map(Gazetteer.Entry::name);
    }
    return k;
  }

  /** Whether a name is a state's formal name ("Republic of Ruritania", "the Kingdom of Sardinia"), known or not. */
  static boolean formalStateName(String name) {
    return FORMAL_NAME.matcher(clean(name)).matches();
  }

  private static final java.util.regex.Pattern FORMAL_NAME = java.util.regex.Pattern.compile(
      "(?:The |the )?(?:Republic|Kingdom|Empire|Principality|Grand Duchy|Duchy|Emirate|Sultanate|Commonwealth|Dominion"
      + "|Federation|State|Union) of (?:the )?(\\p{Lu}.*)");

  static String titleCase(String caps) {
    StringBuilder sb = new StringBuilder(caps.length());
    boolean start = true;
    for (char c : caps.toCharArray()) {
      sb.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return sb.toString();
  }

  public String canonical(Mention m) {
    String t = clean(m.text());
    return known(m).orElseGet(() -> personLongForms.getOrDefault(t, t));
  }

  static String clean(String s) {
    return Regex.replaceAll(s.strip(), "\\s+", " ");
  }
}
