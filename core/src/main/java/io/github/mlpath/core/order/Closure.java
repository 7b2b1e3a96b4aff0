package io.github.mlpath.core.order;

import io.github.mlpath.core.Adjacency;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.internal.IntStack;
import java.util.BitSet;

/**
 * Transitive closures over the prerequisite graph, as bit sets of topic indices. Each is one
 * iterative walk over the int arrays of the snapshot: linear in the topics and edges reached, no
 * recursion, no boxing.
 */
public final class Closure {
  private Closure() {}

  /**
   * The topics {@code from} need: every topic reachable from them along "requires" edges, together
   * with the starting topics themselves. The walk never enters a topic in {@code stop}, so a stop
   * topic and whatever only it requires stay out; a starting topic in {@code stop} is left out too.
   *
   * @param stop topics already covered, such as what the learner knows; may be empty
   */
  public static BitSet prerequisites(Curriculum c, int[] from, BitSet stop) {
    return walk(c.requires(), c.size(), from, stop);
  }

  /** Every topic that {@code from} needs, with the starting topics, and no stop set. */
  public static BitSet prerequisites(Curriculum c, int... from) {
    return walk(c.requires(), c.size(), from, new BitSet());
  }

  /**
   * What a learner knows: the given topics and, when {@code implied}, everything they require
   * (knowing backpropagation implies knowing the chain rule).
   */
  public static BitSet known(Curriculum c, int[] known, boolean implied) {
    if (implied) {
      return prerequisites(c, known);
    }
    BitSet out = new BitSet(c.size());
    for (int v : known) {
      out.set(v);
    }
    return out;
  }

  /** Every topic that requires {@code from}, directly or transitively, with the starting topics. */
  public static BitSet dependents(Curriculum c, int... from) {
    return walk(c.requiredBy(), c.size(), from, new BitSet());
  }

  private static BitSet walk(Adjacency g, int n, int[] from, BitSet stop) {
    BitSet seen = new BitSet(n);
    IntStack stack = new IntStack(64);
    for (int v : from) {
      if (!stop.get(v) && !seen.get(v)) {
        seen.set(v);
        stack.push(v);
      }
    }
    while (!stack.isEmpty()) {
      int v = stack.pop();
      for (int k = g.start(v), end = g.end(v); k < end; k++) {
        int w = g.target(k);
        if (!seen.get(w) && !stop.get(w)) {
          seen.set(w);
          stack.push(w);
        }
      }
    }
    return seen;
  }
}
