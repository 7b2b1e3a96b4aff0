package io.github.mlpath.core.order;

import io.github.mlpath.core.Adjacency;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.CycleException;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.core.internal.IntHeap;
import io.github.mlpath.core.internal.IntList;
import java.util.BitSet;

/**
 * Orders a set of topics for learning. Only edges between topics of the set count: a prerequisite
 * outside the set is taken as already known. Both orders are topological (every topic after all the
 * topics of the set it requires) and deterministic (ties go to the lower {@link Ranking} rank).
 *
 * <ul>
 *   <li>{@link #justInTime}: programming, then projects, then ML concepts, each as soon as it is
 *       ready (kind first, then rank); a math topic is placed only when a non-math topic is about
 *       to be placed that needs it, directly or through other math, and then right before it. The
 *       math block before a topic is a depth-first post-order of its unplaced math prerequisites,
 *       visited in rank order, so each chain of math stays together. Math that no non-math topic
 *       needs (a math goal) comes at the end.
 *   <li>{@link #mathFirst}: every math topic as early as possible. Kahn's algorithm where a ready
 *       math topic always goes first; next come the non-math topics that some math topic of the set
 *       needs, then programming, projects and ML concepts.
 * </ul>
 *
 * <p>Cost: linear in the topics and edges of the set, plus a heap operation per topic.
 */
public final class LearningOrder {
  private static final int MATH = TopicKind.MATH.ordinal();

  private LearningOrder() {}

  /**
   * The just-in-time order of {@code topics}.
   *
   * @throws CycleException naming a cycle among the topics
   */
  public static int[] justInTime(Curriculum c, BitSet topics, Ranking ranking) {
    OrderState s = new OrderState(c, topics, ranking);
    Adjacency requiredBy = c.requiredBy();
    IntHeap ready = new IntHeap(64);
    IntList work = new IntList(64);
    for (int v = topics.nextSetBit(0); v >= 0; v = topics.nextSetBit(v + 1)) {
      if (s.missing[v] == 0) {
        work.add(v);
      }
    }
    resolve(s, work, ready);
    IntList dfs = new IntList(64);
    IntList ranks = new IntList(16);
    while (!ready.isEmpty()) {
      int v = ranking.topicAt(ready.pop() % s.n);
      if (pushAvailable(s, v, dfs, ranks) > 0) {
        drainPostOrder(s, dfs, ranks);
      }
      s.place(v);
      for (int k = requiredBy.start(v), end = requiredBy.end(v); k < end; k++) {
        int u = requiredBy.target(k);
        if (s.state[u] == OrderState.PENDING && --s.missing[u] == 0) {
          work.add(u);
        }
      }
      resolve(s, work, ready);
    }
    // Math that no non-math topic needed: math goals and what only they require.
    for (int r = 0; r < s.n && !s.done(); r++) {
      int v = ranking.topicAt(r);
      if (s.state[v] == OrderState.AVAILABLE) {
        dfs.add(2 * v);
        drainPostOrder(s, dfs, ranks);
      }
    }
    return s.order();
  }

  /**
   * The math-first order of {@code topics}.
   *
   * @throws CycleException naming a cycle among the topics
   */
  public static int[] mathFirst(Curriculum c, BitSet topics, Ranking ranking) {
    OrderState s = new OrderState(c, topics, ranking);
    Adjacency requiredBy = c.requiredBy();
    BitSet feedsMath = feedsMath(s, topics);
    IntHeap ready = new IntHeap(64);
    for (int v = topics.nextSetBit(0); v >= 0; v = topics.nextSetBit(v + 1)) {
      if (s.missing[v] == 0) {
        ready.push(mathFirstKey(s, v, feedsMath));
      }
    }
    while (!ready.isEmpty()) {
      int v = ranking.topicAt(ready.pop() % s.n);
      s.place(v);
      for (int k = requiredBy.start(v), end = requiredBy.end(v); k < end; k++) {
        int u = requiredBy.target(k);
        if (s.state[u] == OrderState.PENDING && --s.missing[u] == 0) {
          ready.push(mathFirstKey(s, u, feedsMath));
        }
      }
    }
    return s.order();
  }

  /**
   * Settles every topic on the work stack, whose prerequisites are all resolved: a math topic
   * becomes available (resolved without being placed) and resolves its dependents in turn; any
   * other topic goes on the ready heap, keyed by kind then rank.
   */
  private static void resolve(OrderState s, IntList work, IntHeap ready) {
    Adjacency requiredBy = s.c.requiredBy();
    while (!work.isEmpty()) {
      int v = work.pop();
      int kind = s.c.kind(v).ordinal();
      if (kind != MATH) {
        ready.push(kind * s.n + s.ranking.rank(v));
        continue;
      }
      s.state[v] = OrderState.AVAILABLE;
      for (int k = requiredBy.start(v), end = requiredBy.end(v); k < end; k++) {
        int u = requiredBy.target(k);
        if (s.state[u] == OrderState.PENDING && --s.missing[u] == 0) {
          work.add(u);
        }
      }
    }
  }

  /**
   * Depth-first post-order over available math, placing it: an entry {@code 2v} enters {@code v},
   * {@code 2v+1} leaves it and places it. Prerequisites are entered in rank order.
   */
  private static void drainPostOrder(OrderState s, IntList dfs, IntList ranks) {
    while (!dfs.isEmpty()) {
      int e = dfs.pop();
      int v = e >>> 1;
      if ((e & 1) == 1) {
        s.place(v);
        continue;
      }
      if (s.state[v] != OrderState.AVAILABLE) {
        continue;
      }
      s.state[v] = OrderState.COLLECTING;
      dfs.add(2 * v + 1);
      pushAvailable(s, v, dfs, ranks);
    }
  }

  /**
   * Pushes an entry for each available prerequisite of {@code v}, however many there are, so that
   * the lowest rank is entered first; {@code ranks} is scratch space. Returns how many.
   */
  private static int pushAvailable(OrderState s, int v, IntList dfs, IntList ranks) {
    Adjacency requires = s.c.requires();
    ranks.clear();
    for (int k = requires.start(v), end = requires.end(v); k < end; k++) {
      int w = requires.target(k);
      if (s.state[w] == OrderState.AVAILABLE) {
        ranks.add(s.ranking.rank(w));
      }
    }
    ranks.sort();
    for (int i = ranks.size() - 1; i >= 0; i--) {
      dfs.add(2 * s.ranking.topicAt(ranks.get(i)));
    }
    return ranks.size();
  }

  /** The non-math topics of the set that some math topic of the set needs, transitively. */
  private static BitSet feedsMath(OrderState s, BitSet topics) {
    Curriculum c = s.c;
    Adjacency requires = c.requires();
    BitSet seen = new BitSet(c.size());
    IntList stack = new IntList(64);
    for (int v = topics.nextSetBit(0); v >= 0; v = topics.nextSetBit(v + 1)) {
      if (c.kind(v) == TopicKind.MATH) {
        stack.add(v);
      }
    }
    while (!stack.isEmpty()) {
      int v = stack.pop();
      for (int k = requires.start(v), end = requires.end(v); k < end; k++) {
        int w = requires.target(k);
        if (s.state[w] != OrderState.OUT && !seen.get(w) && c.kind(w) != TopicKind.MATH) {
          seen.set(w);
          stack.add(w);
        }
      }
    }
    return seen;
  }

  private static int mathFirstKey(OrderState s, int v, BitSet feedsMath) {
    int kind = s.c.kind(v).ordinal();
    int group = kind == MATH ? 0 : feedsMath.get(v) ? 1 : 2 + kind;
    return group * s.n + s.ranking.rank(v);
  }
}
