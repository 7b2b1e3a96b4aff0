package io.github.mlpath.core.order;

import io.github.mlpath.core.Adjacency;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.CycleException;
import io.github.mlpath.core.internal.IntHeap;
import java.util.List;

/**
 * A learning order of a whole curriculum: every topic after all the topics it requires (Kahn's
 * algorithm). Among the topics that are ready at any moment, the one with the lowest {@link
 * TieBreak} rank goes first, so the order is deterministic.
 */
public final class TopologicalSort {
  private TopologicalSort() {}

  /**
   * Every topic index in learning order.
   *
   * @throws CycleException naming one cycle when the prerequisites are not acyclic
   */
  public static int[] order(Curriculum c, TieBreak tieBreak) {
    int n = c.size();
    int[] rank = tieBreak.ranks(c);
    int[] topicAt = new int[n];
    for (int v = 0; v < n; v++) {
      topicAt[rank[v]] = v;
    }
    Adjacency requires = c.requires();
    Adjacency requiredBy = c.requiredBy();
    int[] missing = new int[n];
    IntHeap ready = new IntHeap(64);
    for (int v = 0; v < n; v++) {
      missing[v] = requires.degree(v);
      if (missing[v] == 0) {
        ready.push(rank[v]);
      }
    }
    int[] out = new int[n];
    int placed = 0;
    while (!ready.isEmpty()) {
      int v = topicAt[ready.pop()];
      out[placed++] = v;
      for (int k = requiredBy.start(v), end = requiredBy.end(v); k < end; k++) {
        int w = requiredBy.target(k);
        if (--missing[w] == 0) {
          ready.push(rank[w]);
        }
      }
    }
    if (placed < n) {
      List<List<String>> cycles = Cycles.find(c);
      throw new CycleException(cycles.get(0));
    }
    return out;
  }
}
