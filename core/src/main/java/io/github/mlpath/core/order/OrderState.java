package io.github.mlpath.core.order;

import io.github.mlpath.core.Adjacency;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.CycleException;
import java.util.BitSet;

/**
 * What both learning orders keep while they place a set of topics: each topic's state, how many of
 * its prerequisites in the set are still unresolved, and the order so far. A prerequisite outside
 * the set counts as known.
 */
final class OrderState {
  static final byte OUT = 0;
  static final byte PENDING = 1;
  static final byte AVAILABLE = 2; // math whose prerequisites are all resolved
  static final byte PLACED = 3;
  static final byte COLLECTING = 4;

  final Curriculum c;
  final Ranking ranking;
  final int n;
  final byte[] state;
  final int[] missing;
  private final int[] out;
  private int placed;

  OrderState(Curriculum c, BitSet topics, Ranking ranking) {
    this.c = c;
    this.ranking = ranking;
    this.n = c.size();
    if (ranking.size() != n) {
      throw new IllegalArgumentException("ranking is for another curriculum");
    }
    if (n > Integer.MAX_VALUE / 5) {
      throw new IllegalArgumentException("too many topics to order: " + n);
    }
    state = new byte[n];
    missing = new int[n];
    for (int v = topics.nextSetBit(0); v >= 0; v = topics.nextSetBit(v + 1)) {
      state[v] = PENDING;
    }
    Adjacency requires = c.requires();
    for (int v = topics.nextSetBit(0); v >= 0; v = topics.nextSetBit(v + 1)) {
      for (int k = requires.start(v), end = requires.end(v); k < end; k++) {
        if (state[requires.target(k)] != OUT) {
          missing[v]++;
        }
      }
    }
    out = new int[topics.cardinality()];
  }

  /** Places {@code v} next. */
  void place(int v) {
    state[v] = PLACED;
    out[placed++] = v;
  }

  /** Whether every topic of the set is placed. */
  boolean done() {
    return placed == out.length;
  }

  /**
   * The order, once every topic is placed.
   *
   * @throws CycleException when some are not: each of them still misses a prerequisite that is also
   *     unplaced, so they hold a cycle, named by {@link Cycles} from its smallest id
   */
  int[] order() {
    if (done()) {
      return out;
    }
    BitSet pending = new BitSet(n);
    for (int v = 0; v < n; v++) {
      if (state[v] == PENDING) {
        pending.set(v);
      }
    }
    throw new CycleException(Cycles.find(c, pending).get(0));
  }
}
