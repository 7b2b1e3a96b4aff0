package io.github.mlpath.core.order;

import io.github.mlpath.core.Adjacency;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.internal.IntList;
import java.util.BitSet;

/**
 * Transitive closures over the prerequisite graph, as bit sets of topic indices. Each is one
 * iterative walk over the int arrays of the snapshot: linear in the topics and edges reached, no
 * recursion, no boxing.
 *
 * <p>Umbrella topics ({@link Curriculum#isUmbrella}) are groupings, never steps: a walk that starts
 * at an umbrella starts at its parts instead, and a walk never enters an umbrella (valid data has
 * no edge to one; {@code mlpath validate} reports any).
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
    return walk(c, c.requires(), from, stop);
  }

  /** Every topic that {@code from} needs, with the starting topics, and no stop set. */
  public static BitSet prerequisites(Curriculum c, int... from) {
    return walk(c, c.requires(), from, new BitSet());
  }

  /**
   * What a learner knows: the given topics, each umbrella among them replaced by its parts (knowing
   * Calculus means knowing every topic under it), and, when {@code implied}, everything they
   * require (knowing backpropagation implies knowing the chain rule).
   */
  public static BitSet known(Curriculum c, int[] known, boolean implied) {
    if (implied) {
      return prerequisites(c, known);
    }
    BitSet out = new BitSet(c.size());
    for (int v : expand(c, known)) {
      out.set(v);
    }
    return out;
  }

  /** The topics given, each umbrella among them replaced by its parts, without duplicates. */
  public static int[] expand(Curriculum c, int[] topics) {
    boolean any = false;
    for (int v : topics) {
      any |= c.isUmbrella(v);
    }
    if (!any) {
      return topics.clone();
    }
    BitSet out = new BitSet(c.size());
    for (int v : topics) {
      if (c.isUmbrella(v)) {
        for (int p : c.parts(v)) {
          out.set(p);
        }
      } else {
        out.set(v);
      }
    }
    return out.stream().toArray();
  }

  /** Every topic that requires {@code from}, directly or transitively, with the starting topics. */
  public static BitSet dependents(Curriculum c, int... from) {
    return walk(c, c.requiredBy(), from, new BitSet());
  }

  private static BitSet walk(Curriculum c, Adjacency g, int[] from, BitSet stop) {
    BitSet seen = new BitSet(c.size());
    IntList stack = new IntList(64);
    BitSet umbrellas = c.umbrellas();
    for (int v : expand(c, from)) {
      if (!stop.get(v) && !seen.get(v)) {
        seen.set(v);
        stack.add(v);
      }
    }
    while (!stack.isEmpty()) {
      int v = stack.pop();
      for (int k = g.start(v), end = g.end(v); k < end; k++) {
        int w = g.target(k);
        if (!seen.get(w) && !stop.get(w) && !umbrellas.get(w)) {
          seen.set(w);
          stack.add(w);
        }
      }
    }
    return seen;
  }
}
