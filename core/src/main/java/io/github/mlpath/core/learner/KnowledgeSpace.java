package io.github.mlpath.core.learner;

import io.github.mlpath.core.Adjacency;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.CurriculumException;
import io.github.mlpath.core.CycleException;
import io.github.mlpath.core.order.Cycles;
import io.github.mlpath.core.order.Ranking;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The topics a placement quiz decides, numbered 0..m-1 in tie-break order, with each one's
 * prerequisites and dependents inside the scope as bit rows: {@code down[i]} holds {@code i} and
 * every topic of the scope it requires, directly or not; {@code up[i]} holds {@code i} and every
 * topic of the scope that requires it. A yes to {@code i} decides {@code down[i]} known, a no
 * decides {@code up[i]} unknown. Immutable after construction.
 */
final class KnowledgeSpace {
  /** The most topics one quiz decides: two m-by-m bit matrices stay under 7 MB. */
  static final int MAX_TOPICS = 5_000;

  final Curriculum curriculum;
  final int[] topics;
  final long[][] down;
  final long[][] up;
  private final int[] localOf;

  private KnowledgeSpace(Curriculum c, int[] topics, int[] localOf) {
    this.curriculum = c;
    this.topics = topics;
    this.localOf = localOf;
    int words = Bits.words(topics.length);
    this.down = new long[topics.length][words];
    this.up = new long[topics.length][words];
  }

  /**
   * The space of the topics in {@code scope}, which must hold, with any topic, every prerequisite
   * of it that is not known already.
   *
   * @throws CurriculumException when the scope has more than {@link #MAX_TOPICS} topics
   * @throws CycleException when the scope's prerequisites have a cycle
   */
  static KnowledgeSpace of(Curriculum c, Ranking ranking, BitSet scope) {
    int m = scope.cardinality();
    if (m > MAX_TOPICS) {
      throw new CurriculumException(
          "the placement quiz decides at most "
              + MAX_TOPICS
              + " topics at once, and this one would decide "
              + m
              + "; give a goal to narrow it");
    }
    int[] topics = scope.stream().toArray();
    Integer[] boxed = Arrays.stream(topics).boxed().toArray(Integer[]::new);
    Arrays.sort(boxed, (a, b) -> Integer.compare(ranking.rank(a), ranking.rank(b)));
    int[] localOf = new int[c.size()];
    Arrays.fill(localOf, -1);
    for (int i = 0; i < m; i++) {
      topics[i] = boxed[i];
      localOf[topics[i]] = i;
    }
    KnowledgeSpace ks = new KnowledgeSpace(c, topics, localOf);
    ks.close(ks.learningOrder());
    return ks;
  }

  /** How many topics. */
  int size() {
    return topics.length;
  }

  /** The local number of curriculum topic {@code topic}, or -1 when it is outside the space. */
  int local(int topic) {
    return localOf[topic];
  }

  /** Local numbers in an order where each comes after the ones it requires (Kahn's algorithm). */
  private int[] learningOrder() {
    Adjacency requires = curriculum.requires();
    Adjacency requiredBy = curriculum.requiredBy();
    int m = topics.length;
    int[] missing = new int[m];
    int[] queue = new int[m];
    int tail = 0;
    for (int i = 0; i < m; i++) {
      for (int k = requires.start(topics[i]); k < requires.end(topics[i]); k++) {
        if (localOf[requires.target(k)] >= 0) {
          missing[i]++;
        }
      }
      if (missing[i] == 0) {
        queue[tail++] = i;
      }
    }
    for (int head = 0; head < tail; head++) {
      int v = topics[queue[head]];
      for (int k = requiredBy.start(v); k < requiredBy.end(v); k++) {
        int w = localOf[requiredBy.target(k)];
        if (w >= 0 && --missing[w] == 0) {
          queue[tail++] = w;
        }
      }
    }
    if (tail < m) {
      throw new CycleException(Cycles.find(curriculum).get(0));
    }
    return queue;
  }

  private void close(int[] order) {
    Adjacency requires = curriculum.requires();
    for (int i : order) {
      Bits.set(down[i], i);
      for (int k = requires.start(topics[i]); k < requires.end(topics[i]); k++) {
        int p = localOf[requires.target(k)];
        if (p >= 0) {
          Bits.or(down[i], down[p]);
        }
      }
    }
    for (int i = 0; i < topics.length; i++) {
      for (int w = 0; w < down[i].length; w++) {
        for (long bits = down[i][w]; bits != 0; bits &= bits - 1) {
          int p = (w << 6) + Long.numberOfTrailingZeros(bits);
          Bits.set(up[p], i);
        }
      }
    }
  }
}
