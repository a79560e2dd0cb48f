package org.annalist.transform;

import java.util.List;
import java.util.function.ToIntFunction;

/** Binary search over things kept in text order. */
final class Offsets {
  private Offsets() { }

  /** Index of the first element whose start is at or after {@code offset}; {@code sorted} is ordered by start. */
  static <T> int firstAtOrAfter(List<T> sorted, int offset, ToIntFunction<T> start) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start.applyAsInt(sorted.get(mid)) < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
