package org.annalist.extract.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.NamedAgreement;
import org.annalist.model.Provenance;

/**
 * Finds names of treaties, pacts and agreements: capitalized words ending in Treaty, Pact,
 * Agreement, Protocol, Convention, Accord or Concordat, optionally followed by "of 1920" or
 * "of Friendship and Boundary" ("Soviet–Lithuanian Mutual Assistance Treaty", "Molotov–Ribbentrop
 * Pact", "Treaty of Friendship and Boundary", "Peace of Riga").
 */
public final class AgreementExtractor {
  public static final String SOURCE = "agreement-pattern";
  private static final String CW = "\\p{Lu}[\\p{L}'’]*(?:[-–]\\p{Lu}[\\p{L}'’]*)*";
  private static final Pattern NAME = Pattern.compile(
      "(?<![\\p{L}])(?:(?!The |A |An |In |On |This |That |Its )" + CW + "\\s+(?:and\\s+)?){0,6}"
      + "(?:Treaty|Pact|Agreement|Protocol|Convention|Accord|Concordat)"
      + "(?:\\s+(?:of|on)\\s+(?:" + CW + "|\\d{4})(?:\\s+(?:and|of|the)\\s+" + CW + "|\\s+" + CW + ")*)?");

  public List<NamedAgreement> extract(String docId, String text, int from, int to, IntFunction<String> sentenceAt) {
    List<NamedAgreement> out = new ArrayList<>();
    Matcher m = NAME.matcher(text);
    m.region(from, to);
    while (m.find()) {
      String name = m.group().strip();
      // a bare head word ("Treaty") is not a name
      if (!name.contains(" ")) {
        continue;
      }
      out.add(new NamedAgreement(name, new Provenance(docId, m.start(), m.end(), sentenceAt.apply(m.start()), SOURCE, 1.0)));
    }
    return out;
  }
}
