package org.annalist.extract.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.NamedAgreement;
import org.annalist.model.Provenance;
import org.annalist.model.text.Regex;

/**
 * Finds names of treaties, pacts and agreements: capitalized words ending in Treaty, Pact,
 * Agreement, Protocol, Convention, Accord, Concordat or Armistice, optionally followed by "of 1920" or
 * "of Friendship and Boundary" ("Soviet–Lithuanian Mutual Assistance Treaty", "Molotov–Ribbentrop
 * Pact", "Treaty of Friendship and Boundary", "Peace of Riga").
 */
public final class AgreementExtractor {
  public static final String SOURCE = "agreement-pattern";
  private static final String CW = "\\p{Lu}[\\p{L}'’]*(?:[-–]\\p{Lu}[\\p{L}'’]*)*";
  private static final Pattern NAME = Pattern.compile(
      "(?<![\\p{L}])(?:(?!The |A |An |In |On |This |That |Its )" + CW + "[ \\t]+(?:and[ \\t]+)?){0,6}"
      + "(?:Treaty|Pact|Agreement|Protocol|Convention|Accord|Concordat|Armistice)"
      + "(?:[ \\t]+(?:of|on)[ \\t]+(?:" + CW + "|\\d{4})(?:[ \\t]+(?:and|of|the)[ \\t]+" + CW + "|[ \\t]+" + CW + ")*)?");

  public List<NamedAgreement> extract(String docId, String text, int from, int to, IntFunction<String> sentenceAt) {
    List<NamedAgreement> out = new ArrayList<>();
    Matcher m = NAME.matcher(text);
    m.region(from, to);
    while (m.find()) {
      // "Congress and Treaty of Berlin": the words before "and" name something else
      String name = Regex.replaceFirst(m.group().strip(), "^.*\\band\\s+(?=(?:Treaty|Pact|Agreement|Protocol|Convention|Accord|Concordat|Armistice)\\b)", "");
      // a bare head word ("Treaty") is not a name
      if (!name.contains(" ")) {
        continue;
      }
      out.add(new NamedAgreement(name, new Provenance(docId, m.start(), m.end(), sentenceAt.apply(m.start()), SOURCE, 1.0)));
    }
    return out;
  }
}
