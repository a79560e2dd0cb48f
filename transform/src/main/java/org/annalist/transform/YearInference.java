package org.annalist.transform;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.annalist.model.DateExpression;
import org.annalist.model.DatePrecision;
import org.annalist.model.PartialDate;

/**
 * Gives month-days without a year ("October 3", "in April") the year of the narrative around them,
 * never today's.
 *
 * <p>Design decision: "the explicit year most recently established" alone fails on the flash-forwards
 * of real narratives ("Eventually ... on January 10, 1941. ... On October 7, the delegation ...").
 * So the years are chosen for the whole document at once: the narrative's dated points (explicit
 * dates, and years that place the narrative such as "In 1919,") form a chain in text order, and each
 * month-day takes, among the years the document states as dates, the one that makes the chain
 * shortest in days (a Viterbi pass). A month-day equal to an explicit date stated earlier
 * ("October 7, 1939" ... "On October 7") takes that date's year. References such as "the pact of
 * July 25, 1932" or "the Concordat of 1925" are not points of the chain. A document that never
 * states a year uses the reference year given, if any; otherwise its month-days stay without a value.
 */
public final class YearInference {
  private final OptionalInt referenceYear;

  public YearInference(OptionalInt referenceYear) {
    this.referenceYear = referenceYear;
  }

  public List<ResolvedDate> resolve(List<DateExpression> dates) {
    int n = dates.size();
    int[] year = new int[n];
    List<Integer> chain = new ArrayList<>();
    List<int[]> candidates = new ArrayList<>();
    TreeSet<Integer> allYears = new TreeSet<>();
    // a month-day repeated from an explicit date ("October 7, 1939" ... "On October 7") most likely
    // takes that date's year, but only as a preference: a narrative that moves on into the next year
    // may reach the same month-day again ("September 11, 1919" ... a year later "on September 11")
    java.util.Map<Integer, Integer> preferred = new java.util.HashMap<>();
    for (DateExpression d : dates) {
      if (d.start().hasYear() && (d.precision() == DatePrecision.DAY || d.precision() == DatePrecision.MONTH || d.anchor())) {
        allYears.add(d.start().year());
      }
    }
    if (allYears.isEmpty()) {
      // a text whose only years are references ("(1940)" at the foot of a report) still has a period
      for (DateExpression d : dates) {
        if (d.start().hasYear() && d.precision() == DatePrecision.YEAR && d.end().isEmpty()) {
          allYears.add(d.start().year());
        }
      }
    }
    for (int i = 0; i < n; i++) {
      DateExpression d = dates.get(i);
      if (!d.needsYear()) {
        year[i] = d.start().year();
        if (d.anchor()) {
          chain.add(i);
          candidates.add(new int[] {year[i]});
        }
        continue;
      }
      Optional<Integer> same = sameDayEarlier(dates, i);
      int[] cands;
      if (!allYears.isEmpty()) {
        // the narrative may run on into the year after the last one it states ("November 18, 1918 ...
        // remained there until January"): that year is a candidate too, at a cost
        cands = java.util.stream.IntStream.concat(allYears.stream().mapToInt(Integer::intValue),
            java.util.stream.IntStream.of(allYears.last() + 1)).toArray();
      } else if (referenceYear.isPresent()) {
        cands = new int[] {referenceYear.getAsInt()};
      } else {
        year[i] = 0;
        continue;
      }
      chain.add(i);
      candidates.add(cands);
      preferred.put(i, same.orElse(0));
    }
    viterbi(dates, chain, candidates, preferred, allYears, year);
    List<ResolvedDate> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(build(dates.get(i), year[i]));
    }
    return out;
  }

  private static Optional<Integer> sameDayEarlier(List<DateExpression> dates, int i) {
    PartialDate p = dates.get(i).start();
    if (p.day() == 0) {
      return Optional.empty();
    }
    for (int k = i - 1; k >= 0; k--) {
      PartialDate q = dates.get(k).start();
      if (q.hasYear() && q.month() == p.month() && q.day() == p.day()) {
        return Optional.of(q.year());
      }
    }
    return Optional.empty();
  }

  /** What leaving a repeated month-day in another year than its explicit twin costs, in days of chain length. */
  private static final double SAME_DAY_PENALTY_DAYS = 210;
  /** What entering the year after the last stated one costs, once: a text that went far into it would have said so. */
  private static final double UNSTATED_YEAR_PENALTY_DAYS = 120;

  /** Chooses a year for every chain element so that the chain's total length in days is least. */
  private static void viterbi(List<DateExpression> dates, List<Integer> chain, List<int[]> cands,
      java.util.Map<Integer, Integer> preferred, java.util.Set<Integer> stated, int[] year) {
    int m = chain.size();
    if (m == 0) {
      return;
    }
    double[][] cost = new double[m][];
    int[][] back = new int[m][];
    for (int k = 0; k < m; k++) {
      int[] c = cands.get(k);
      cost[k] = new double[c.length];
      back[k] = new int[c.length];
      int pref = preferred.getOrDefault(chain.get(k), 0);
      for (int a = 0; a < c.length; a++) {
        boolean unstated = !stated.isEmpty() && !stated.contains(c[a]);
        double penalty = pref != 0 && c[a] != pref ? SAME_DAY_PENALTY_DAYS : 0;
        if (k == 0) {
          cost[k][a] = penalty + (unstated ? UNSTATED_YEAR_PENALTY_DAYS : 0);
          continue;
        }
        double best = Double.MAX_VALUE;
        int arg = 0;
        int[] pc = cands.get(k - 1);
        for (int b = 0; b < pc.length; b++) {
          double step = Math.abs(ChronoUnit.DAYS.between(
              mid(dates.get(chain.get(k - 1)), pc[b]), mid(dates.get(chain.get(k)), c[a])));
          // the cost of an unstated year is paid once, where the chain enters it
          double total = cost[k - 1][b] + step + (unstated && pc[b] != c[a] ? UNSTATED_YEAR_PENALTY_DAYS : 0);
          if (total < best) {
            best = total;
            arg = b;
          }
        }
        cost[k][a] = best + penalty;
        back[k][a] = arg;
      }
    }
    int a = 0;
    double[] last = cost[m - 1];
    for (int b = 1; b < last.length; b++) {
      // ties go to the later year stated in the text: the narrative moves forward
      if (last[b] <= last[a]) {
        a = b;
      }
    }
    for (int k = m - 1; k >= 0; k--) {
      year[chain.get(k)] = cands.get(k)[a];
      a = back[k][a];
    }
  }

  /** The middle of what the expression covers, in the given year. */
  private static LocalDate mid(DateExpression d, int y) {
    PartialDate p = d.start();
    if (p.month() == 0) {
      return LocalDate.of(y, 7, 1);
    }
    if (p.day() == 0) {
      return LocalDate.of(y, p.month(), 15);
    }
    return LocalDate.of(y, p.month(), Math.min(p.day(), java.time.YearMonth.of(y, p.month()).lengthOfMonth()));
  }

  private static ResolvedDate build(DateExpression d, int y) {
    boolean inferred = d.needsYear();
    if (y == 0) {
      return new ResolvedDate(d, "", Optional.empty(), Optional.empty(), false);
    }
    PartialDate start = d.start().hasYear() ? d.start() : fit(d.start(), y);
    if (start == null) {
      return new ResolvedDate(d, "", Optional.empty(), Optional.empty(), false);
    }
    switch (d.precision()) {
      case DECADE: {
        int first = start.year();
        return new ResolvedDate(d, String.format(Locale.ROOT, "%03d", first / 10), Optional.of(LocalDate.of(first, 1, 1)),
            Optional.of(LocalDate.of(first + 9, 12, 31)), false);
      }
      case CENTURY: {
        int first = start.year();
        int last = d.end().map(PartialDate::year).orElse(first + 99);
        return new ResolvedDate(d, String.format(Locale.ROOT, "%02d", first / 100), Optional.of(LocalDate.of(first, 1, 1)),
            Optional.of(LocalDate.of(last, 12, 31)), false);
      }
      case SEASON:
        return season(d, start);
      default:
        break;
    }
    if (d.end().isEmpty()) {
      return new ResolvedDate(d, start.iso(), Optional.of(start.firstDay()), Optional.of(start.lastDay()), inferred);
    }
    PartialDate e = d.end().get();
    PartialDate end;
    if (e.hasYear()) {
      end = e;
    } else {
      int ey = (e.month() < start.month()) ? start.year() + 1 : start.year();
      end = fit(e, ey);
      if (end == null) {
        return new ResolvedDate(d, "", Optional.empty(), Optional.empty(), false);
      }
    }
    return new ResolvedDate(d, start.iso() + "/" + end.iso(), Optional.of(start.firstDay()), Optional.of(end.lastDay()), inferred);
  }

  /** The partial date in year y, or null when it does not exist there (February 29). */
  private static PartialDate fit(PartialDate p, int y) {
    return PartialDate.isValid(y, p.month(), p.day()) ? p.withYear(y) : null;
  }

  private static ResolvedDate season(DateExpression d, PartialDate start) {
    String t = d.text().toLowerCase(Locale.ROOT);
    int y = start.year();
    int endYear = d.end().map(PartialDate::year).orElse(y);
    LocalDate first;
    LocalDate last;
    if (t.contains("spring")) {
      first = LocalDate.of(y, 3, 1);
      last = LocalDate.of(endYear, 5, 31);
    } else if (t.contains("summer")) {
      first = LocalDate.of(y, 6, 1);
      last = LocalDate.of(endYear, 8, 31);
    } else if (t.contains("autumn") || t.contains("fall")) {
      first = LocalDate.of(y, 9, 1);
      last = LocalDate.of(endYear, 11, 30);
    } else {
      // "the winter of 1939-1940" runs from December of the first year into the second
      first = LocalDate.of(y, 12, 1);
      int ly = d.end().isPresent() ? endYear : y + 1;
      last = LocalDate.of(ly, 2, 1).withDayOfMonth(java.time.YearMonth.of(ly, 2).lengthOfMonth());
    }
    String value = d.end().isPresent() ? String.format(Locale.ROOT, "%04d/%04d", y, endYear) : String.format(Locale.ROOT, "%04d", y);
    return new ResolvedDate(d, value, Optional.of(first), Optional.of(last), false);
  }
}
