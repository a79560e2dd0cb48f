package org.annalist.extract.ner;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@link String#matches} without its cost: {@code s.matches(regex)} compiles the regex at every call,
 * which the name rules made once per token and rule (about half their time); here each regex is
 * compiled once per run.
 */
final class Regexes {
  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  private Regexes() { }

  /** What {@code s.matches(regex)} says. */
  static boolean matches(String s, String regex) {
    return COMPILED.computeIfAbsent(regex, Pattern::compile).matcher(s).matches();
  }
}
