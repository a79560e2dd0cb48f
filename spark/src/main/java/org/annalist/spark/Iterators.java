package org.annalist.spark;

import java.util.Iterator;
import java.util.function.Function;

/** The lazy mapping of a partition's rows: one row in memory at a time, as Spark hands them. */
final class Iterators {
  private Iterators() { }

  static <A, B> Iterator<B> map(Iterator<A> in, Function<A, B> f) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return in.hasNext();
      }

      @Override
      public B next() {
        return f.apply(in.next());
      }
    };
  }
}
