package org.annalist.transform;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Ranking of counted names: most frequent first, equal counts in name order, so ties break the same way every run. */
final class Counts {
  private Counts() { }

  static Stream<String> ranked(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey);
  }

  static Optional<String> mostFrequent(Map<String, Integer> counts) {
    return ranked(counts).findFirst();
  }
}
