package io.github.mlpath.core.lookup;

import io.github.mlpath.core.Adjacency;
import io.github.mlpath.core.order.Ranking;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Breadth-first search along one direction of the graph, visiting each topic's neighbours in rank
 * order, so that the parent of every topic, and hence every shortest chain, is deterministic.
 */
final class Bfs {
  static final int UNSEEN = -2;
  static final int ROOT = -1;

  final int[] parent;
  final int[] distance;
  final int[] order;
  int visited;

  /** The first target reached, or -1. */
  int found = -1;

  private Bfs(int n) {
    parent = new int[n];
    distance = new int[n];
    order = new int[n];
    Arrays.fill(parent, UNSEEN);
  }

  /**
   * Searches from {@code source}, never entering a topic in {@code stop}, until the queue empties
   * or {@code target} (when not -1) is reached.
   */
  static Bfs run(Adjacency g, int n, int source, BitSet stop, Ranking ranking, int target) {
    BitSet targets = new BitSet();
    if (target >= 0) {
      targets.set(target);
    }
    return run(g, n, new int[] {source}, stop, ranking, targets);
  }

  /**
   * Searches from all {@code sources} at once (each at distance 0, entered in the order given),
   * never entering a topic in {@code stop}, until the queue empties or the first topic of {@code
   * targets} is dequeued, which becomes {@link #found}.
   */
  static Bfs run(Adjacency g, int n, int[] sources, BitSet stop, Ranking ranking, BitSet targets) {
    Bfs b = new Bfs(n);
    for (int source : sources) {
      if (b.parent[source] == UNSEEN) {
        b.parent[source] = ROOT;
        b.order[b.visited++] = source;
      }
    }
    int[] buffer = new int[16];
    for (int head = 0; head < b.visited; head++) {
      int v = b.order[head];
      if (targets.get(v)) {
        b.found = v;
        break;
      }
      int degree = g.degree(v);
      if (degree > buffer.length) {
        buffer = new int[degree];
      }
      int count = 0;
      for (int k = g.start(v), end = g.end(v); k < end; k++) {
        int w = g.target(k);
        if (b.parent[w] == UNSEEN && !stop.get(w)) {
          int i = count++;
          while (i > 0 && ranking.rank(buffer[i - 1]) > ranking.rank(w)) {
            buffer[i] = buffer[i - 1];
            i--;
          }
          buffer[i] = w;
        }
      }
      for (int i = 0; i < count; i++) {
        int w = buffer[i];
        b.parent[w] = v;
        b.distance[w] = b.distance[v] + 1;
        b.order[b.visited++] = w;
      }
    }
    return b;
  }

  /** {@code topics} sorted by rank, as sources of a deterministic search. */
  static int[] byRank(int[] topics, Ranking ranking) {
    int[] ranks = new int[topics.length];
    for (int i = 0; i < topics.length; i++) {
      ranks[i] = ranking.rank(topics[i]);
    }
    Arrays.sort(ranks);
    int[] out = new int[ranks.length];
    for (int i = 0; i < ranks.length; i++) {
      out[i] = ranking.topicAt(ranks[i]);
    }
    return out;
  }

  boolean reached(int v) {
    return parent[v] != UNSEEN;
  }

  /** The topics from {@code v} back to its source, {@code v} first. */
  int[] pathBack(int v) {
    int[] out = new int[distance[v] + 1];
    for (int i = 0, w = v; i < out.length; i++, w = parent[w]) {
      out[i] = w;
    }
    return out;
  }

  /** The reached topics as a bit set. */
  BitSet reachedSet() {
    BitSet out = new BitSet(parent.length);
    for (int i = 0; i < visited; i++) {
      out.set(order[i]);
    }
    return out;
  }
}
