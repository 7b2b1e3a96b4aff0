package io.github.mlpath.core.order;

import io.github.mlpath.core.Adjacency;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.CycleException;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.core.internal.IntHeap;
import io.github.mlpath.core.internal.IntList;
import io.github.mlpath.core.internal.IntStack;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
  private static final byte OUT = 0;
  private static final byte PENDING = 1;
  private static final byte AVAILABLE = 2; // math whose prerequisites are all resolved
  private static final byte PLACED = 3;
  private static final byte COLLECTING = 4;
  private static final int MATH = TopicKind.MATH.ordinal();

  private LearningOrder() {}

  /**
   * The just-in-time order of {@code topics}.
   *
   * @throws CycleException naming a cycle among the topics
   */
  public static int[] justInTime(Curriculum c, BitSet topics, Ranking ranking) {
    int n = c.size();
    checkSize(n, ranking);
    Adjacency requires = c.requires();
    Adjacency requiredBy = c.requiredBy();
    byte[] state = new byte[n];
    int[] missing = new int[n];
    int m = mark(topics, state);
    count(topics, state, requires, missing);
    int[] out = new int[m];
    int placed = 0;
    IntHeap ready = new IntHeap(64);
    IntStack work = new IntStack(64);
    for (int v = topics.nextSetBit(0); v >= 0; v = topics.nextSetBit(v + 1)) {
      if (missing[v] == 0) {
        work.push(v);
      }
    }
    resolve(c, work, state, missing, requiredBy, ready, ranking, n);
    IntStack dfs = new IntStack(64);
    IntList ranks = new IntList(16);
    while (!ready.isEmpty()) {
      int key = ready.pop();
      int v = ranking.topicAt(key % n);
      placed = placeMathBefore(v, c, state, ranking, dfs, ranks, out, placed);
      state[v] = PLACED;
      out[placed++] = v;
      for (int k = requiredBy.start(v), end = requiredBy.end(v); k < end; k++) {
        int u = requiredBy.target(k);
        if (state[u] == PENDING && --missing[u] == 0) {
          work.push(u);
        }
      }
      resolve(c, work, state, missing, requiredBy, ready, ranking, n);
    }
    // Math that no non-math topic needed: math goals and what only they require.
    for (int r = 0; r < n && placed < m; r++) {
      int v = ranking.topicAt(r);
      if (state[v] == AVAILABLE) {
        dfs.push(2 * v);
        placed = drainPostOrder(c, state, ranking, dfs, ranks, out, placed);
      }
    }
    if (placed < m) {
      throw cycleIn(c, state, ranking);
    }
    return out;
  }

  /**
   * The math-first order of {@code topics}.
   *
   * @throws CycleException naming a cycle among the topics
   */
  public static int[] mathFirst(Curriculum c, BitSet topics, Ranking ranking) {
    int n = c.size();
    checkSize(n, ranking);
    Adjacency requires = c.requires();
    Adjacency requiredBy = c.requiredBy();
    byte[] state = new byte[n];
    int[] missing = new int[n];
    int m = mark(topics, state);
    count(topics, state, requires, missing);
    BitSet feedsMath = feedsMath(c, topics, state);
    int[] out = new int[m];
    int placed = 0;
    IntHeap ready = new IntHeap(64);
    for (int v = topics.nextSetBit(0); v >= 0; v = topics.nextSetBit(v + 1)) {
      if (missing[v] == 0) {
        ready.push(mathFirstKey(c, v, feedsMath, ranking, n));
      }
    }
    while (!ready.isEmpty()) {
      int v = ranking.topicAt(ready.pop() % n);
      state[v] = PLACED;
      out[placed++] = v;
      for (int k = requiredBy.start(v), end = requiredBy.end(v); k < end; k++) {
        int u = requiredBy.target(k);
        if (state[u] == PENDING && --missing[u] == 0) {
          ready.push(mathFirstKey(c, u, feedsMath, ranking, n));
        }
      }
    }
    if (placed < m) {
      throw cycleIn(c, state, ranking);
    }
    return out;
  }

  private static void checkSize(int n, Ranking ranking) {
    if (ranking.size() != n) {
      throw new IllegalArgumentException("ranking is for another curriculum");
    }
    if (n > Integer.MAX_VALUE / 5) {
      throw new IllegalArgumentException("too many topics to order: " + n);
    }
  }

  private static int mark(BitSet topics, byte[] state) {
    int m = 0;
    for (int v = topics.nextSetBit(0); v >= 0; v = topics.nextSetBit(v + 1)) {
      state[v] = PENDING;
      m++;
    }
    return m;
  }

  private static void count(BitSet topics, byte[] state, Adjacency requires, int[] missing) {
    for (int v = topics.nextSetBit(0); v >= 0; v = topics.nextSetBit(v + 1)) {
      int count = 0;
      for (int k = requires.start(v), end = requires.end(v); k < end; k++) {
        if (state[requires.target(k)] != OUT) {
          count++;
        }
      }
      missing[v] = count;
    }
  }

  /**
   * Settles every topic on the work stack, whose prerequisites are all resolved: a math topic
   * becomes available (resolved without being placed) and resolves its dependents in turn; any
   * other topic goes on the ready heap, keyed by kind then rank.
   */
  private static void resolve(
      Curriculum c,
      IntStack work,
      byte[] state,
      int[] missing,
      Adjacency requiredBy,
      IntHeap ready,
      Ranking ranking,
      int n) {
    while (!work.isEmpty()) {
      int v = work.pop();
      int kind = c.kind(v).ordinal();
      if (kind != MATH) {
        ready.push(kind * n + ranking.rank(v));
        continue;
      }
      state[v] = AVAILABLE;
      for (int k = requiredBy.start(v), end = requiredBy.end(v); k < end; k++) {
        int u = requiredBy.target(k);
        if (state[u] == PENDING && --missing[u] == 0) {
          work.push(u);
        }
      }
    }
  }

  /** Places the available math that {@code v} needs, right before it. */
  private static int placeMathBefore(
      int v,
      Curriculum c,
      byte[] state,
      Ranking ranking,
      IntStack dfs,
      IntList ranks,
      int[] out,
      int placed) {
    if (pushAvailable(c.requires(), v, state, ranking, dfs, ranks) == 0) {
      return placed;
    }
    return drainPostOrder(c, state, ranking, dfs, ranks, out, placed);
  }

  /**
   * Depth-first post-order over available math: an entry {@code 2v} enters {@code v}, {@code 2v+1}
   * leaves it and places it. Prerequisites are entered in rank order.
   */
  private static int drainPostOrder(
      Curriculum c,
      byte[] state,
      Ranking ranking,
      IntStack dfs,
      IntList ranks,
      int[] out,
      int placed) {
    Adjacency requires = c.requires();
    while (!dfs.isEmpty()) {
      int e = dfs.pop();
      int v = e >>> 1;
      if ((e & 1) == 1) {
        state[v] = PLACED;
        out[placed++] = v;
        continue;
      }
      if (state[v] != AVAILABLE) {
        continue;
      }
      state[v] = COLLECTING;
      dfs.push(2 * v + 1);
      pushAvailable(requires, v, state, ranking, dfs, ranks);
    }
    return placed;
  }

  /**
   * Pushes an entry for each available prerequisite of {@code v}, however many there are, so that
   * the lowest rank is entered first; {@code ranks} is scratch space. Returns how many.
   */
  private static int pushAvailable(
      Adjacency requires, int v, byte[] state, Ranking ranking, IntStack dfs, IntList ranks) {
    ranks.clear();
    for (int k = requires.start(v), end = requires.end(v); k < end; k++) {
      int w = requires.target(k);
      if (state[w] == AVAILABLE) {
        ranks.add(ranking.rank(w));
      }
    }
    ranks.sort();
    for (int i = ranks.size() - 1; i >= 0; i--) {
      dfs.push(2 * ranking.topicAt(ranks.get(i)));
    }
    return ranks.size();
  }

  /** The non-math topics of the set that some math topic of the set needs, transitively. */
  private static BitSet feedsMath(Curriculum c, BitSet topics, byte[] state) {
    Adjacency requires = c.requires();
    BitSet seen = new BitSet(c.size());
    IntStack stack = new IntStack(64);
    for (int v = topics.nextSetBit(0); v >= 0; v = topics.nextSetBit(v + 1)) {
      if (c.kind(v) == TopicKind.MATH) {
        stack.push(v);
      }
    }
    while (!stack.isEmpty()) {
      int v = stack.pop();
      for (int k = requires.start(v), end = requires.end(v); k < end; k++) {
        int w = requires.target(k);
        if (state[w] != OUT && !seen.get(w) && c.kind(w) != TopicKind.MATH) {
          seen.set(w);
          stack.push(w);
        }
      }
    }
    return seen;
  }

  private static int mathFirstKey(Curriculum c, int v, BitSet feedsMath, Ranking ranking, int n) {
    int kind = c.kind(v).ordinal();
    int group = kind == MATH ? 0 : feedsMath.get(v) ? 1 : 2 + kind;
    return group * n + ranking.rank(v);
  }

  /**
   * A cycle among the topics left unplaced: each of them still misses a prerequisite that is also
   * unplaced, so following the lowest-ranked such prerequisite must come back to a topic already
   * seen. The cycle is named from its smallest id, each topic requiring the next.
   */
  private static CycleException cycleIn(Curriculum c, byte[] state, Ranking ranking) {
    Adjacency requires = c.requires();
    int start = -1;
    for (int r = 0; r < ranking.size() && start < 0; r++) {
      if (state[ranking.topicAt(r)] == PENDING) {
        start = ranking.topicAt(r);
      }
    }
    Map<Integer, Integer> position = new HashMap<>();
    List<Integer> walk = new ArrayList<>();
    int v = start;
    while (!position.containsKey(v)) {
      position.put(v, walk.size());
      walk.add(v);
      int next = -1;
      for (int k = requires.start(v), end = requires.end(v); k < end; k++) {
        int w = requires.target(k);
        if (state[w] == PENDING && (next < 0 || ranking.rank(w) < ranking.rank(next))) {
          next = w;
        }
      }
      v = next;
    }
    List<Integer> cycle = walk.subList(position.get(v), walk.size());
    int first = 0;
    for (int i = 1; i < cycle.size(); i++) {
      if (c.id(cycle.get(i)).compareTo(c.id(cycle.get(first))) < 0) {
        first = i;
      }
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < cycle.size(); i++) {
      ids.add(c.id(cycle.get((first + i) % cycle.size())));
    }
    return new CycleException(ids);
  }
}
