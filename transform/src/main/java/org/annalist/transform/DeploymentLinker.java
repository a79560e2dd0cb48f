package org.annalist.transform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.DocumentExtraction;
import org.annalist.model.EntityType;
import org.annalist.model.Mention;
import org.annalist.model.TextSpan;
import org.annalist.model.TroopFigure;
import org.annalist.model.knowledge.Gazetteer;
import org.annalist.model.text.Regex;

/**
 * Ties every troop figure to a place, in this order of evidence:
 * <ol>
 *   <li>parenthesis: a place right before the parenthesis that holds the figure
 *       ("Alytus (infantry ... with 8,000 troops)") is a base;</li>
 *   <li>sentence: the place in the figure's sentence introduced by in/into/to/territory of, that is
 *       not the sending power ("a contingent of Soviet troops into Latvia");</li>
 *   <li>document: the host country the document speaks of most, when the sentence names none
 *       ("agreed to reduce the number of Soviet troops to 20,000").</li>
 * </ol>
 * The sending power is the nationality the document most often puts before its troop figures
 * ("Soviet"), matched to a country by its first letters ("Soviet" / "Soviet Union").
 */
public final class DeploymentLinker {
  private static final Pattern NATIONALITY = Pattern.compile("\\b(\\p{Lu}\\p{L}+)\\s+(?:military\\s+|armed\\s+)?(?:troops|soldiers|forces|contingent|garrisons?|units)\\b");
  private static final Pattern LOCATIVE = Pattern.compile(
      "(?:\\b(?:in|into|to|at|on|within|near)\\s+(?:the\\s+)?(?:territory\\s+of\\s+)?|\\bterritory\\s+of\\s+"
      + "|\\b(?:army|armies|garrisons?|troops|forces)\\s+of\\s+(?:the\\s+)?)$", Pattern.CASE_INSENSITIVE);
  private final Gazetteer gazetteer;
  private final Canonicalizer canon;

  public DeploymentLinker(Gazetteer gazetteer, Canonicalizer canon) {
    this.gazetteer = gazetteer;
    this.canon = canon;
  }

  public List<Deployment> link(DocumentExtraction doc) {
    List<Deployment> out = new ArrayList<>();
    if (doc.troops().isEmpty()) {
      return out;
    }
    String text = doc.document().text();
    String sender = sender(doc, text);
    Optional<String> host = documentHost(doc, sender);
    // places in text order, so the places of a sentence or a line are found by binary search
    List<Mention> allPlaces = doc.mentions().stream().filter(m -> m.type() == EntityType.LOCATION)
        .sorted(java.util.Comparator.comparingInt(Mention::start)).toList();
    List<Deployment> linked = new ArrayList<>();
    List<Mention> units = doc.mentions().stream().filter(m -> m.type() == EntityType.ORGANIZATION)
        .sorted(java.util.Comparator.comparingInt(Mention::start)).toList();
    for (TroopFigure f : doc.troops()) {
      TextSpan sentence = sentenceOf(doc, f.provenance().start());
      List<Mention> places = new ArrayList<>();
      for (int i = Offsets.firstAtOrAfter(allPlaces, sentence.start(), Mention::start); i < allPlaces.size() && allPlaces.get(i).start() < sentence.end(); i++) {
        if (allPlaces.get(i).end() <= sentence.end()) {
          places.add(allPlaces.get(i));
        }
      }
      // a place the troops came from ("They came from Morotai ... with 1,122 troops") is not where they are
      // nor is a place the troops arrived at ("left San Francisco ... and arrived at Manila") another place than their destination
      boolean noPlace = places.stream().allMatch(m -> origin(text, m) || sameNation(canon.canonical(m), sender)
          || ARRIVAL.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find());
      Deployment d = byParenthesis(text, f, places)
          .or(() -> byItemHead(text, f, allPlaces))
          .or(() -> byRelativeClause(text, f, places, sender, host))
          .or(() -> bySentence(text, f, places, sender))
          .or(() -> onlyPlaceInClause(text, f, places, sender))
          .or(() -> byPronoun(doc, text, f, sentence, allPlaces, sender))
          .or(() -> sameForce(text, f, linked))
          .or(() -> bySubject(text, f, sentence, places, sender))
          .or(() -> noPlace ? sameUnitBefore(doc, text, f, sentence, units, allPlaces, sender) : Optional.empty())
          .or(() -> noPlace ? byDestination(doc, text, f, sentence, allPlaces, sender) : Optional.empty())
          .or(() -> onlyCountry(text, f, places, sender))
          .orElse(null);
      if (d == null && (GARRISON.matcher(text.substring(sentence.start(), sentence.end())).find()
          || OCCUPATION_TITLE.matcher(doc.document().title()).find())) {
        // "The Soviet garrison ... numbered about 25,000 men" in an article about one base, "Occupation of
        // Constantinople": a document whose title names one place and no country is about that place
        d = titleBase(doc, allPlaces).map(m -> deployment(f, m, "title")).orElse(null);
      }
      // the document's country only for a foreign force: with no sending power known ("Revolutionary army 1,000 strong",
      // "the Army of Paris shall not exceed 80,000 men") the troops may well be the country's own
      if (d == null && host.isPresent() && !atFrontier(text, f) && !sender.isEmpty() && !sameNation(host.get(), sender)) {
        d = new Deployment(f, host.get(), host.get(), "country", host.get(), "document");
      }
      if (d != null && d.country().isEmpty() && host.isPresent()) {
        // a base the gazetteer does not know lies in the country the document is about
        d = new Deployment(d.figure(), d.written(), d.place(), d.kind(), host.get(), d.linkedBy());
      }
      if (d != null && !ownArmy(text, f, d, sender)) {
        out.add(d);
        linked.add(d);
      }
    }
    return out;
  }

  private static final Pattern FROM_BEFORE = Pattern.compile("\\b(?:from|left|leaving|quitted|departed)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

  /** "from Morotai", "left San Francisco": where troops set out from. */
  private static boolean origin(String text, Mention m) {
    return FROM_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find();
  }

  private static final Pattern BREAKDOWN = Pattern.compile("(?:\\s+(?:men|troops|soldiers))?\\s*[:,;]\\s*(?:and\\s+)?\\p{Lu}\\p{L}+\\s+");
  private static final Pattern SAME_FORCE = Pattern.compile(
      "^\\s*(?:which|who|whom|that)\\b|\\b(?:increased|raised|reduced|cut|brought|rose|grew|fell|swelled|dropped)\\s+(?:\\p{Ll}+\\s+){0,2}to\\s+"
      + "(?:\\p{Ll}+\\s+)?$", Pattern.CASE_INSENSITIVE);

  /**
   * "keep 88 soldiers on Westerplatte, which the Poles had secretly increased to 176 men": a figure that a
   * relative clause or a change of strength ties to the figure before it in the same sentence is in the same place.
   */
  private static Optional<Deployment> sameForce(String text, TroopFigure f, List<Deployment> linked) {
    if (linked.isEmpty()) {
      return Optional.empty();
    }
    Deployment prev = linked.get(linked.size() - 1);
    if (!prev.figure().provenance().sentence().equals(f.provenance().sentence()) || prev.linkedBy().equals("document")
        || prev.figure().provenance().end() >= f.provenance().start()) {
      return Optional.empty();
    }
    // "number 337 men: British 79, American 56": the parts of a total are where the total is
    String since = text.substring(prev.figure().provenance().end(), f.provenance().start());
    if (BREAKDOWN.matcher(since).matches()) {
      return Optional.of(new Deployment(f, prev.written(), prev.place(), prev.kind(), prev.country(), "same force", prev.places()));
    }
    int[] c = clause(text, f.provenance().start(), f.provenance().end());
    String before = text.substring(c[0], f.provenance().start());
    if (!SAME_FORCE.matcher(before).find()) {
      return Optional.empty();
    }
    return Optional.of(new Deployment(f, prev.written(), prev.place(), prev.kind(), prev.country(), "same force", prev.places()));
  }

  private static final Pattern SUBJECT_FORCE = Pattern.compile(
      "\\b(?:army|armies|garrisons?|troops|forces|contingent)\\s+(?:of|in|at)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern NO_SUBJECT = Pattern.compile(
      "^\\s*(?:and\\s+)?(?:shall|will|may|must|should|is|are|was|were|can|could|would|not|never|to)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * "the Army of Paris and Versailles, after ..., and until ..., shall not exceed 80,000 men": a figure's
   * clause that begins with its verb has its subject in the sentence before the asides; the place of
   * that subject's "army of", "garrison of" is the figure's.
   */
  private Optional<Deployment> bySubject(String text, TroopFigure f, TextSpan sentence, List<Mention> places, String sender) {
    int[] c = clause(text, f.provenance().start(), f.provenance().end());
    if (!NO_SUBJECT.matcher(text.substring(c[0], f.provenance().start())).find()) {
      return Optional.empty();
    }
    for (Mention m : places) {
      if (m.end() > c[0] || sameNation(canon.canonical(m), sender)) {
        continue;
      }
      if (SUBJECT_FORCE.matcher(text.substring(Math.max(sentence.start(), m.start() - 30), m.start())).find()) {
        return Optional.of(coordinated(text, f, m, places, "subject"));
      }
    }
    return Optional.empty();
  }

  /**
   * "The Finns faced the German 20th Mountain Army in Lapland. The strength of the 20th Mountain Army was
   * over 200,000 soldiers.": a unit named with the figure and, in one of the three sentences before,
   * with a place it is in.
   */
  private Optional<Deployment> sameUnitBefore(DocumentExtraction doc, String text, TroopFigure f, TextSpan sentence,
      List<Mention> units, List<Mention> allPlaces, String sender) {
    java.util.Set<String> named = new java.util.TreeSet<>();
    for (int i = Offsets.firstAtOrAfter(units, sentence.start(), Mention::start); i < units.size() && units.get(i).end() <= sentence.end(); i++) {
      named.add(canon.canonical(units.get(i)));
    }
    if (named.isEmpty()) {
      return Optional.empty();
    }
    int si = TextSpan.indexOf(doc.sentences(), sentence.start());
    for (int k = si - 1; k >= 0 && k >= si - 3; k--) {
      TextSpan prev = doc.sentences().get(k);
      for (int i = Offsets.firstAtOrAfter(units, prev.start(), Mention::start); i < units.size() && units.get(i).end() <= prev.end(); i++) {
        Mention u = units.get(i);
        if (!named.contains(canon.canonical(u))) {
          continue;
        }
        for (int j = Offsets.firstAtOrAfter(allPlaces, u.end(), Mention::start); j < allPlaces.size() && allPlaces.get(j).end() <= prev.end(); j++) {
          Mention m = allPlaces.get(j);
          String between = text.substring(u.end(), m.start());
          if (between.length() <= 30 && Regex.matches(between, "(?s)[^.;]*\\b(?:in|at|on|into|to|near)\\s+(?:the\\s+)?")
              && !sameNation(canon.canonical(m), sender)) {
            return Optional.of(coordinated(text, f, m, allPlaces, "same unit"));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static final Pattern ARRIVAL = Pattern.compile(
      "\\b(?:arrived|arriving|arrives|landed|landing|lands|disembarked|disembarking|debarked|reached|reaching|reach|sent|sending|send"
      + "|dispatched|despatched|transported|shipped|moved|marched|entered|deployed|posted|brought)\\s+(?:(?:\\p{Ll}+\\s+){0,3}?"
      + "(?:at|in|to|into|on))?\\s*(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern MOVEMENT = Pattern.compile(
      "\\b(?:arriv\\w*|land(?:ed|ing|s)|disembark\\w*|debark\\w*|berthed|carrying|carried|transport\\w*|convoy|sail\\w*|embark\\w*"
      + "|reach\\w*|sent|sending|dispatch\\w*|despatch\\w*)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern FUTURE = Pattern.compile(
      "\\b(?:will|shall|are\\s+to|is\\s+to|(?:are|is)\\s+(?:expected|due|scheduled|about)\\s+to)\\s+(?:\\p{Ll}+\\s+)?(?:sail|leave|embark|start|go|follow|depart)\\b",
      Pattern.CASE_INSENSITIVE);
  /** How far back a figure without a place of its own looks for where the troops were sent or landed. */
  private static final int DESTINATION_WINDOW = 900;

  /**
   * "Indiana ... arrived at Manila ..., carrying ...: a total of 30 officers and 717 men", "... reached Kure.
   * They came from Morotai on the Stamford Victory with 1,122 troops": a figure that names no place of its
   * own, in a sentence that speaks of the voyage or landing, is where the troops were last said to arrive,
   * land or be sent, in its own sentence or the paragraph before it.
   */
  private Optional<Deployment> byDestination(DocumentExtraction doc, String text, TroopFigure f, TextSpan sentence,
      List<Mention> allPlaces, String sender) {
    // "A further 1,100 marines are expected to sail from San Diego": troops still to come are not yet where others landed
    if (FUTURE.matcher(text.substring(sentence.start(), sentence.end())).find()) {
      return Optional.empty();
    }
    int from = Math.max(0, sentence.start() - DESTINATION_WINDOW);
    int para = text.lastIndexOf("\n\n", f.provenance().start());
    if (para >= 0 && para > from && !MOVEMENT.matcher(text.substring(para, sentence.end())).find()) {
      return Optional.empty();
    }
    if (!MOVEMENT.matcher(text.substring(from, sentence.end())).find()) {
      return Optional.empty();
    }
    for (int j = Offsets.firstAtOrAfter(allPlaces, f.provenance().start(), Mention::start) - 1; j >= 0; j--) {
      Mention m = allPlaces.get(j);
      if (m.start() < from) {
        break;
      }
      // a blank line with a new subject (a heading) ends the search
      if (Regex.matches(text.substring(m.end(), f.provenance().start()), "(?s).*\\n\\s*\\n\\s*\\p{Lu}[^\\n.]{0,60}\\n.*")) {
        break;
      }
      if (sameNation(canon.canonical(m), sender) || !ARRIVAL.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
        continue;
      }
      return Optional.of(deployment(f, m, m.start() >= sentence.start() ? "sentence" : "destination"));
    }
    return Optional.empty();
  }

  /**
   * "30,000 Lithuanian troops are ready to march" in Lithuania: the host country's own army, which is
   * no deployment; the nationality that stands before the troop noun names the host.
   */
  private static boolean ownArmy(String text, TroopFigure f, Deployment d, String sender) {
    if (d.country().isEmpty()) {
      return false;
    }
    int from = Math.max(0, f.provenance().start() - 40);
    int to = Math.min(text.length(), f.provenance().end() + 40);
    int[] clause = clause(text, f.provenance().start(), f.provenance().end());
    // "the Finns were down to 12,000 soldiers" in Finland: the people of the host as the subject
    // "the Finns were down to 12,000 soldiers from 75 000 soldiers": the subject governs every figure of its clause
    Matcher p = PEOPLE.matcher(text.substring(Math.max(f.provenance().start() - 160, clause[0]), f.provenance().start()));
    while (p.find()) {
      String n = p.group(1);
      if (!sameNation(sender, n) && sameNation(d.country(), n)) {
        return true;
      }
    }
    Matcher m = NATIONALITY.matcher(text.substring(Math.max(from, clause[0]), Math.min(to, clause[1])));
    while (m.find()) {
      String n = m.group(1);
      if (!n.equals(sender) && !sameNation(sender, n) && sameNation(d.country(), n) && !n.equals("Red")) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern PEOPLE = Pattern.compile("\\bthe\\s+(\\p{Lu}\\p{Ll}+s)\\s+(?:were|was|had|have|has|kept|numbered|fielded|counted)\\b");
  private static final Pattern PRONOUN = Pattern.compile(
      "\\b(?:(?:on|in|at|to|into|within)\\s+(?:them|it|these|those)|there|thither)\\b"
      + "(?!\\s+(?:was|were|is|are|had|has|have|will|would|could|might|may|must|seems?|seemed|remain\\w*|exist\\w*|be|being)\\b)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LOCATIVE_NEAR = Pattern.compile(
      "\\b(?:in|into|to|at|on|of|within|near)\\b(?:\\s+\\p{Ll}+){0,3}\\s*$", Pattern.CASE_INSENSITIVE);

  /**
   * "... two sites on the islands of Saaremaa and Hiiumaa. ... permitted to keep military forces on
   * them; the number was fixed at 25,000": a figure whose sentence points back with a pronoun of
   * place belongs to the places of the sentences just before, a town or island before a country.
   */
  private Optional<Deployment> byPronoun(DocumentExtraction doc, String text, TroopFigure f, TextSpan sentence,
      List<Mention> allPlaces, String sender) {
    if (!PRONOUN.matcher(text.substring(sentence.start(), sentence.end())).find()) {
      return Optional.empty();
    }
    int i = TextSpan.indexOf(doc.sentences(), sentence.start());
    for (int k = i - 1; k >= 0 && k >= i - 3 && sentence.start() - doc.sentences().get(k).end() < 800; k--) {
      TextSpan prev = doc.sentences().get(k);
      Mention best = null;
      for (int j = Offsets.firstAtOrAfter(allPlaces, prev.start(), Mention::start); j < allPlaces.size()
          && allPlaces.get(j).end() <= prev.end(); j++) {
        Mention m = allPlaces.get(j);
        String name = canon.canonical(m);
        if (sameNation(name, sender) || !LOCATIVE_NEAR.matcher(text.substring(Math.max(prev.start(), m.start() - 40), m.start())).find()) {
          continue;
        }
        if (best == null || (isCountry(canon.canonical(best)) && !isCountry(name))) {
          best = m;
        }
      }
      if (best != null) {
        return Optional.of(coordinated(text, f, best, allPlaces, "previous sentence"));
      }
    }
    return Optional.empty();
  }

  /**
   * The deployment for a place, widened to the places coordinated with it ("in Saaremaa and
   * Hiiumaa", "Estonia, Latvia and Lithuania"): one row, the place as written, every place listed.
   */
  private Deployment coordinated(String text, TroopFigure f, Mention first, List<Mention> allPlaces, String how) {
    List<Mention> run = new ArrayList<>();
    boolean country = isCountry(canon.canonical(first));
    // backwards first: "garrisons in Liepāja, Ventspils and Pitrags comprised 21,500", found from "Ventspils"
    int b = Offsets.firstAtOrAfter(allPlaces, first.start(), Mention::start) - 1;
    Mention head = first;
    while (b >= 0) {
      Mention prev = allPlaces.get(b);
      String between = text.substring(Math.min(prev.end(), head.start()), head.start());
      if (prev.end() > head.start() || !Regex.matches(between, "\\s*(?:,\\s*|and\\s+(?:the\\s+)?|&\\s*)") || isCountry(canon.canonical(prev)) != country
          || (f.provenance().start() >= prev.end() && f.provenance().start() < head.start())) {
        break;
      }
      head = prev;
      b--;
    }
    first = head;
    run.add(first);
    int j = Offsets.firstAtOrAfter(allPlaces, first.end(), Mention::start);
    while (j < allPlaces.size()) {
      Mention last = run.get(run.size() - 1);
      Mention next = allPlaces.get(j);
      String between = text.substring(last.end(), Math.max(last.end(), next.start()));
      if (next.start() < last.end() || !Regex.matches(between, "\\s*(?:,\\s*(?:and\\s+)?|and\\s+(?:the\\s+)?|&\\s*)")
          || isCountry(canon.canonical(next)) != country || (f.provenance().start() >= last.end() && f.provenance().start() < next.start())) {
        break;
      }
      run.add(next);
      j++;
    }
    Deployment d = deployment(f, first, how);
    if (run.size() < 2) {
      return d;
    }
    List<String> names = run.stream().map(canon::canonical).distinct().toList();
    if (names.size() < 2) {
      return d;
    }
    String written = Canonicalizer.clean(text.substring(first.start(), run.get(run.size() - 1).end()));
    return new Deployment(f, written, written, d.kind(), d.country(), how, names);
  }

  private Optional<Deployment> byParenthesis(String text, TroopFigure f, List<Mention> places) {
    int fs = f.provenance().start();
    for (Mention m : places) {
      if (m.end() > fs) {
        continue;
      }
      String between = text.substring(m.end(), fs);
      int open = between.indexOf('(');
      if (open >= 0 && between.substring(0, open).isBlank() && between.indexOf(')') < 0) {
        return Optional.of(deployment(f, m, "parenthesis"));
      }
    }
    return Optional.empty();
  }

  private Optional<Deployment> bySentence(String text, TroopFigure f, List<Mention> places, String sender) {
    Mention best = null;
    int bestDistance = Integer.MAX_VALUE;
    int[] clause = figureClause(text, f.provenance().start(), f.provenance().end());
    for (Mention m : places) {
      // only the figure's own clause: "150,000 troops moved into the country, in addition to the
      // garrisons at Alytus" does not put the 150,000 at Alytus
      if (m.start() < clause[0] || m.end() > clause[1]) {
        continue;
      }
      String name = canon.canonical(m);
      if (sameNation(name, sender)) {
        continue;
      }
      String before = text.substring(Math.max(0, m.start() - 30), m.start());
      if (!LOCATIVE.matcher(before).find()) {
        continue;
      }
      int distance = Math.abs(m.start() - f.provenance().start());
      if (distance < bestDistance) {
        best = m;
        bestDistance = distance;
      }
    }
    Mention chosen = best;
    return Optional.ofNullable(chosen).map(m -> coordinated(text, f, m, places, "sentence"));
  }

  private static final Pattern ITEM_HEAD_REST = Pattern.compile("^\\s*(?::|—|–|-|\\.{2,}|…+)");
  private static final Pattern BULLET = Pattern.compile("^[\\s•*·▪◦\\-–]*(?:\\d{1,3}[.)]\\s*)?$");

  /** A list item headed by a place: "Paldiski: naval base, about 7,000 men", "Alytus ...... 8,000 men". */
  private Optional<Deployment> byItemHead(String text, TroopFigure f, List<Mention> places) {
    // the line, not the sentence: the sentence model may split "Alytus ...... | 8,000 men"
    int line = text.lastIndexOf('\n', f.provenance().start()) + 1;
    int i = Offsets.firstAtOrAfter(places, line, Mention::start);
    if (i >= places.size()) {
      return Optional.empty();
    }
    Mention m = places.get(i);
    if (m.end() <= f.provenance().start() && BULLET.matcher(text.substring(line, m.start())).matches()
        && ITEM_HEAD_REST.matcher(text.substring(m.end(), f.provenance().start())).find()) {
      return Optional.of(deployment(f, m, "list item"));
    }
    return Optional.empty();
  }

  private static final Pattern GARRISON = Pattern.compile("\\b(?:garrison|base)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern OCCUPATION_TITLE = Pattern.compile(
      "\\b(?:occup\\w*|garrisons?|bases?|landings?|leas\\w*|invasion|territory)\\b", Pattern.CASE_INSENSITIVE);

  /** The town or site a document's title names ("Hanko Naval Base"), if its title names one and no country. */
  private Optional<Mention> titleBase(DocumentExtraction doc, List<Mention> places) {
    String text = doc.document().text();
    int titleStart = text.indexOf(doc.document().title());
    int titleEnd = titleStart < 0 ? -1 : titleStart + doc.document().title().length();
    // a place in parentheses is a post ("Mr. Preston (Kovno) to ..."), a region a group of countries
    List<Mention> inTitle = places.stream().filter(m -> m.start() >= titleStart && m.end() <= titleEnd)
        .filter(m -> !(m.start() > 0 && text.charAt(m.start() - 1) == '('))
        .filter(m -> !gazetteer.lookup(canon.canonical(m)).map(e -> e.kind().equals("region")).orElse(false)).toList();
    // "Agreement between the Kingdom of X and the Republic of Y respecting the Naval Station at Z": the states of a
    // title are its parties; the one other place is the base
    List<Mention> sites = inTitle.stream().filter(m -> !isCountry(canon.canonical(m)) && !Canonicalizer.formalStateName(m.text())).toList();
    return sites.stream().map(canon::canonical).distinct().count() == 1 ? Optional.of(sites.get(0)) : Optional.empty();
  }

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+\\p{Lu}");
  private static final Pattern COMMON_ANTECEDENT = Pattern.compile(
      "\\bthe\\s+(?:\\p{Ll}+\\s+)?(capital|city|town|port|island|base|harbou?r|fortress|village)\\s*,?\\s*$", Pattern.CASE_INSENSITIVE);

  /** The capital of a country, as the gazetteer's world data gives it. */
  private Optional<String> capitalOf(String country) {
    for (Gazetteer.Entry e : gazetteer.entries()) {
      if (e.kind().equals("capital") && e.country().equals(country)) {
        return Optional.of(e.name());
      }
    }
    return Optional.empty();
  }

  private static final Pattern RELATIVE = Pattern.compile("^\\s*(?:where|in\\s+which|at\\s+which)\\b");

  /**
   * "the Hanko peninsula, where a garrison of 5,000 men would be kept", "leased Hanko to the Soviet
   * Union, where the Soviets kept 25,000 troops": the place the relative clause is about, in the clause
   * before it; a town before a country, never the sending power.
   */
  private Optional<Deployment> byRelativeClause(String text, TroopFigure f, List<Mention> places, String sender, Optional<String> host) {
    int[] clause = clause(text, f.provenance().start(), f.provenance().end());
    if (clause[0] == 0 || !RELATIVE.matcher(text.substring(clause[0], f.provenance().start())).find()
        || SENTENCE_END.matcher(text.substring(clause[0], f.provenance().start())).find()) {
      return Optional.empty();
    }
    // "moved by train to the capital, where a legation guard of 160 men ...": the clause is about the capital, not
    // a town named earlier; the capital of the country the document is about, when the gazetteer knows it
    Matcher noun = COMMON_ANTECEDENT.matcher(text.substring(Math.max(0, clause[0] - 40), clause[0]));
    if (noun.find()) {
      return noun.group(1).equalsIgnoreCase("capital") ? host.flatMap(this::capitalOf)
          .map(c -> new Deployment(f, c, c, "base", host.get(), "relative clause")) : Optional.empty();
    }
    int[] before = clause(text, clause[0] - 1, clause[0] - 1);
    Mention best = null;
    for (Mention m : places) {
      String name = canon.canonical(m);
      if (m.start() < before[0] || m.end() > clause[0] || sameNation(name, sender)) {
        continue;
      }
      boolean country = isCountry(name);
      boolean bestCountry = best != null && isCountry(canon.canonical(best));
      if (best == null || (bestCountry && !country) || (bestCountry == country && m.start() > best.start())) {
        best = m;
      }
    }
    return Optional.ofNullable(best).map(m -> deployment(f, m, "relative clause"));
  }

  /** The only place named in the figure's clause, however it is introduced ("a lease of Hanko for a base with 5,000 men"). */
  private Optional<Deployment> onlyPlaceInClause(String text, TroopFigure f, List<Mention> places, String sender) {
    int[] clause = figureClause(text, f.provenance().start(), f.provenance().end());
    List<Mention> in = places.stream().filter(m -> m.start() >= clause[0] && m.end() <= clause[1])
        .filter(m -> !sameNation(canon.canonical(m), sender) && !origin(text, m)).toList();
    if (in.stream().map(canon::canonical).distinct().count() == 1) {
      return Optional.of(deployment(f, in.get(0), "clause"));
    }
    // "12,000 troops for Saaremaa and Hiiumaa": the clause's places are one coordination
    if (!in.isEmpty()) {
      Deployment d = coordinated(text, f, in.get(0), places, "clause");
      if (d.places().containsAll(in.stream().map(canon::canonical).distinct().toList())) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private static final Pattern FRONTIER = Pattern.compile(
      "\\b(?:on|along|near|at|to)\\s+(?:the\\s+|their\\s+|its\\s+)?(?:\\p{L}+\\s+)?(?:borders?|frontiers?)\\b", Pattern.CASE_INSENSITIVE);

  /** "troops massed on the borders": outside any host country, so no document-level guess. */
  private static boolean atFrontier(String text, TroopFigure f) {
    int[] clause = clause(text, f.provenance().start(), f.provenance().end());
    return FRONTIER.matcher(text.substring(clause[0], clause[1])).find();
  }

  private static final Pattern APPOSITIVE = Pattern.compile("^\\s*(?:numbering|totall?ing|amounting\\s+to|of\\s+whom)\\b");

  /**
   * The clause a figure belongs to. A figure in parentheses belongs to the clause around them
   * ("kept two divisions (about 21,000 men) at the bases"); an apposition ("the garrison of Memel,
   * numbering 9,000") to the clause before it.
   */
  static int[] figureClause(String text, int start, int end) {
    int[] c = clause(text, start, end);
    if (c[0] > 0 && text.charAt(c[0] - 1) == '(' && c[1] < text.length() && text.charAt(c[1]) == ')') {
      int[] outer = clause(text, c[0] - 1, c[1] + 1);
      int[] before = clause(text, Math.max(0, c[0] - 2), Math.max(0, c[0] - 2));
      int[] after = clause(text, Math.min(text.length(), c[1] + 1), Math.min(text.length(), c[1] + 1));
      c = new int[] {Math.min(outer[0], before[0]), Math.max(outer[1], after[1])};
    }
    if (c[0] > 0 && APPOSITIVE.matcher(text.substring(c[0], start)).find()) {
      int[] before = clause(text, c[0] - 1, c[0] - 1);
      c = new int[] {before[0], c[1]};
    }
    // "... will be limited to 25,000 and that the annex is identical with that of Estonia": a coordinated
    // clause of its own
    Matcher k = COORDINATE_CLAUSE.matcher(text);
    k.region(c[0], c[1]);
    while (k.find()) {
      if (k.end() <= start) {
        c[0] = k.end();
      } else if (k.start() >= end) {
        c[1] = k.start();
        break;
      }
    }
    return c;
  }

  /** The clause around a figure: from the last comma, semicolon or dash before it to the next one after it. */
  static int[] clause(String text, int start, int end) {
    int from = start;
    while (from > 0 && !boundary(text, from - 1)) {
      from--;
    }
    int to = end;
    while (to < text.length() && !boundary(text, to)) {
      to++;
    }
    return new int[] {from, to};
  }

  private static boolean boundary(String text, int i) {
    char c = text.charAt(i);
    if (c == ';' || c == '\n' || c == '(' || c == ')' || c == '—' || c == '–') {
      return true;
    }
    // a comma between digits belongs to a number ("25,000")
    return c == ',' && !(i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)));
  }

  private static final Pattern COORDINATE_CLAUSE = Pattern.compile(
      ";|\\s(?:and|or)\\s+that\\s|\\s(?:but|while|whereas|although|though)\\s", Pattern.CASE_INSENSITIVE);

  /**
   * The one country of the sentence that is not the sender ("Latvia undertook to ... deploy"), within the
   * figure's part of it: "garrisons will be limited to 25,000 and that the annex is identical with that
   * of Estonia" does not put the garrisons in Estonia.
   */
  private Optional<Deployment> onlyCountry(String text, TroopFigure f, List<Mention> places, String sender) {
    List<Mention> countries = new ArrayList<>();
    java.util.Set<String> names = new java.util.TreeSet<>();
    int lo = 0;
    int hi = text.length();
    if (!places.isEmpty()) {
      int from = Math.min(places.get(0).start(), f.provenance().start());
      int to = Math.max(places.get(places.size() - 1).end(), f.provenance().end());
      Matcher c = COORDINATE_CLAUSE.matcher(text);
      c.region(from, to);
      while (c.find()) {
        if (c.end() <= f.provenance().start()) {
          lo = c.end();
        } else if (c.start() >= f.provenance().end()) {
          hi = Math.min(hi, c.start());
        }
      }
    }
    for (Mention m : places) {
      if (m.start() < lo || m.end() > hi) {
        continue;
      }
      String name = canon.canonical(m);
      if (!sameNation(name, sender) && isCountry(name)) {
        countries.add(m);
        names.add(name);
      }
    }
    return names.size() == 1 ? Optional.of(deployment(f, countries.get(0), "sentence")) : Optional.empty();
  }

  private Deployment deployment(TroopFigure f, Mention m, String how) {
    String place = canon.canonical(m);
    Optional<Gazetteer.Entry> e = gazetteer.lookup(place);
    boolean country = e.map(Gazetteer.Entry::isCountry).orElse(false);
    String host = country ? place : e.map(Gazetteer.Entry::country).filter(c -> !c.isEmpty()).orElse("");
    return new Deployment(f, Canonicalizer.clean(m.text()), place, country ? "country" : "base", host, how);
  }

  private static final String BASING = "(?:keep|station|maintain|base|quarter|garrison|install|establish|deploy|have)";
  /** "permit Russia to keep military forces", "the Soviet Union had the right to install its bases": the sending power. */
  private static final Pattern RIGHT_HOLDER = Pattern.compile(
      "\\b(?:permit(?:ted)?|allow(?:ed)?|entitle[sd]?|authori[sz]e[sd]?|grant(?:ed|s)?)\\s+(?:the\\s+)?(\\p{Lu}\\p{L}+(?:\\s+Union)?)"
      + "\\s+(?:the\\s+right\\s+)?to\\s+" + BASING + "\\b"
      + "|\\b(\\p{Lu}\\p{L}+(?:\\s+Union)?)\\s+(?:(?:shall|will|is\\s+to|would|should|may)\\s+have|had|has|have|gained|obtained|received|got"
      + "|acquired|was\\s+given)\\s+the\\s+right\\s+to\\s+"
      + BASING + "\\b");

  /**
   * The nationality most often named before troop words in the figures' sentences, and the power a
   * text says may keep troops or bases
   * troop words ("Red Army" counts as Soviet).
   */
  /** "by which Austria is to give notice before sending troops", "Britain decided to land forces": the power that sends them. */
  private static final Pattern SENDER_VERB = Pattern.compile(
      "\\b(\\p{Lu}\\p{L}+)(?:\\s+Union)?[^.;\\p{Lu}]{0,60}?\\b(?:send|sending|sent|place|placing|keep|keeping|station|stationing"
      + "|maintain|maintaining|land|landing|landed|dispatch\\w*|despatch\\w*)\\s+(?:\\p{Ll}+\\s+){0,2}(?:troops|forces|garrisons?"
      + "|soldiers|marines)\\b");

  private String sender(DocumentExtraction doc, String text) {
    Map<String, Integer> counts = new HashMap<>();
    for (TroopFigure f : doc.troops()) {
      Matcher m = NATIONALITY.matcher(f.provenance().sentence().replace("Red Army", "Soviet"));
      while (m.find()) {
        counts.merge(m.group(1), 1, Integer::sum);
      }
    }
    Matcher r = RIGHT_HOLDER.matcher(text);
    while (r.find()) {
      String holder = r.group(1) != null ? r.group(1) : r.group(2);
      counts.merge(Regex.replaceFirst(holder, "\\s+Union$", ""), 2, Integer::sum);
    }
    Matcher v = SENDER_VERB.matcher(text);
    while (v.find()) {
      String w = v.group(1);
      if (gazetteer.isDemonym(w) || isCountry(w)) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    return Counts.mostFrequent(counts).orElse("");
  }

  /**
   * The country the document is about, other than the sending power: the one its title names
   * ("The Minister in Latvia (Wiley) to the Secretary of State"), else the one it names most often.
   */
  private Optional<String> documentHost(DocumentExtraction doc, String sender) {
    String text = doc.document().text();
    int titleStart = text.indexOf(doc.document().title());
    int titleEnd = titleStart < 0 ? -1 : titleStart + doc.document().title().length();
    java.util.Set<String> inTitle = new java.util.TreeSet<>();
    for (Mention m : doc.mentions()) {
      if (m.type() == EntityType.LOCATION && m.start() >= titleStart && m.end() <= titleEnd) {
        String name = canon.canonical(m);
        if (isCountry(name) && !sameNation(name, sender)) {
          inTitle.add(name);
        }
      }
    }
    if (inTitle.size() == 1) {
      return Optional.of(inTitle.iterator().next());
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Mention m : doc.mentions()) {
      if (m.type() != EntityType.LOCATION) {
        continue;
      }
      String name = canon.canonical(m);
      if (isCountry(name) && !sameNation(name, sender)) {
        counts.merge(name, 1, Integer::sum);
      }
    }
    return Counts.mostFrequent(counts).or(() -> hostByDemonym(doc.document().text(), sender));
  }

  private static final Pattern CAPITALIZED_WORD = Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\b");

  /**
   * A dispatch may never name the country it is about, only its people ("the Lithuanian Government",
   * "Lithuanian troops"): the most frequent demonym other than the sender's, matched to a country.
   */
  private Optional<String> hostByDemonym(String text, String sender) {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    Matcher m = CAPITALIZED_WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      if (gazetteer.isDemonym(w) && !sameNation(w, sender) && !w.equals(sender)) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    List<String> countries = new ArrayList<>();
    for (Gazetteer.Entry e : gazetteer.entries()) {
      if (e.kind().equals("country")) {
        countries.add(e.name());
      }
    }
    java.util.Collections.sort(countries);
    return Counts.ranked(counts).flatMap(d -> countries.stream().filter(c -> sameNation(c, d)).limit(1)).findFirst();
  }

  /** Whether the gazetteer knows a canonical place name as a country or state. */
  private boolean isCountry(String name) {
    return gazetteer.lookup(name).map(Gazetteer.Entry::isCountry).orElse(false);
  }

  /** "Soviet" and "Soviet Union", "German" and "Germany": the same first three letters. */
  static boolean sameNation(String country, String nationality) {
    if (nationality.length() < 3 || country.length() < 3) {
      return false;
    }
    // "Kingdom of Sardinia" and "Sardinia", "Republic of Liberia" and "Liberian"
    int of = country.lastIndexOf(" of ");
    if (of > 0 && Regex.matches(country.substring(0, of), "(?:\\p{Lu}\\p{L}+ )?(?:Kingdom|Republic|Empire|Principality|Duchy|Grand Duchy|Emirate"
        + "|Sultanate|Free City|Commonwealth|Union|Federation|State|Dominion)") && sameNation(country.substring(of + 4), nationality)) {
      return true;
    }
    return country.substring(0, 3).toLowerCase(Locale.ROOT).equals(nationality.substring(0, 3).toLowerCase(Locale.ROOT))
        || (nationality.equals("Soviet") && (country.equals("Soviet Union") || country.equals("Soviet Russia")));
  }

  /** The sentence holding {@code offset}, or an empty span there when none does. */
  static TextSpan sentenceOf(DocumentExtraction doc, int offset) {
    int i = TextSpan.indexOf(doc.sentences(), offset);
    return i < 0 ? new TextSpan(offset, offset) : doc.sentences().get(i);
  }
}
