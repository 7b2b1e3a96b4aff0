package io.github.mlpath.core.plan;

import io.github.mlpath.core.Adjacency;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.internal.IntList;
import io.github.mlpath.core.order.Closure;
import io.github.mlpath.core.order.Ranking;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The outer fringe of what a learner knows: the topics not known whose prerequisites are all known.
 * One pass over every topic and edge.
 *
 * <p>Ranking: the ready topics come in the order the chosen strategy would learn them. The goal set
 * is the goals and what they require, not known (the topics of a learning path); ready topics in it
 * come first, in the order of the path to the goals, then the others in the order of a path through
 * the whole curriculum. Each ready topic in the goal set also reports how many topics of the goal
 * set depend on it, itself included. Ranking computes two learning orders and walks the goal set
 * once per ready topic in it: fine for real curricula; for huge ones call {@link #ready} alone.
 */
public final class ReadyToLearn {
  private ReadyToLearn() {}

  /**
   * The ready topics, in index order; never an umbrella topic, which is a grouping, not something
   * to learn on its own. Skips known topics a word of the bit set at a time and tests prerequisites
   * against a plain copy of its words, so a million topics take a few milliseconds.
   */
  public static int[] ready(Curriculum c, BitSet known) {
    Adjacency requires = c.requires();
    int n = c.size();
    long[] words = known.toLongArray();
    BitSet skip = c.umbrellas();
    skip.or(known);
    int[] out = new int[64];
    int count = 0;
    for (int v = skip.nextClearBit(0); v < n; v = skip.nextClearBit(v + 1)) {
      boolean ready = true;
      for (int k = requires.start(v), end = requires.end(v); k < end; k++) {
        int w = requires.target(k);
        int word = w >>> 6;
        if (word >= words.length || (words[word] & (1L << w)) == 0) {
          ready = false;
          break;
        }
      }
      if (ready) {
        if (count == out.length) {
          out = Arrays.copyOf(out, count * 2);
        }
        out[count++] = v;
      }
    }
    return Arrays.copyOf(out, count);
  }

  /**
   * The ready topics in the order {@code strategy} would learn them: those on the way to the goals
   * first, in the order of the path to the goals, then the others in the order of a path through
   * the whole curriculum. So for a beginner the just-in-time strategy suggests programming first.
   */
  public static ReadyList ranked(
      Curriculum c, Ranking ranking, BitSet known, int[] goals, Strategy strategy) {
    int[] ready = ready(c, known);
    List<TopicRef> goalRefs = new ArrayList<>();
    BitSet seenGoal = new BitSet();
    for (int g : goals) {
      if (!seenGoal.get(g)) {
        seenGoal.set(g);
        goalRefs.add(TopicRef.of(c, g));
      }
    }
    BitSet goalSet = goals.length == 0 ? new BitSet() : Closure.prerequisites(c, goals, known);
    int[] onPath =
        positions(
            c,
            goals.length == 0 ? new int[0] : PathPlanner.order(c, ranking, goals, known, strategy));
    int[] overall =
        positions(c, PathPlanner.order(c, ranking, notKnown(c, known), known, strategy));
    int[] score = unlocks(c, ready, goalSet);
    Integer[] byOrder = new Integer[ready.length];
    for (int i = 0; i < ready.length; i++) {
      byOrder[i] = i;
    }
    Arrays.sort(
        byOrder,
        (a, b) -> {
          boolean ga = goalSet.get(ready[a]);
          boolean gb = goalSet.get(ready[b]);
          if (ga != gb) {
            return ga ? -1 : 1;
          }
          int[] pos = ga ? onPath : overall;
          return Integer.compare(pos[ready[a]], pos[ready[b]]);
        });
    List<ReadyTopic> topics = new ArrayList<>(ready.length);
    for (int i : byOrder) {
      topics.add(new ReadyTopic(TopicRef.of(c, ready[i]), goalSet.get(ready[i]), score[i]));
    }
    return new ReadyList(goalRefs, strategy, topics, List.of());
  }

  /** The topics not known and not umbrellas. */
  private static int[] notKnown(Curriculum c, BitSet known) {
    BitSet out = new BitSet(c.size());
    out.set(0, c.size());
    out.andNot(known);
    out.andNot(c.umbrellas());
    return out.stream().toArray();
  }

  /** Each topic's place in {@code order}; topics outside it come last. */
  private static int[] positions(Curriculum c, int[] order) {
    int[] pos = new int[c.size()];
    Arrays.fill(pos, Integer.MAX_VALUE);
    for (int i = 0; i < order.length; i++) {
      pos[order[i]] = i;
    }
    return pos;
  }

  /**
   * For each ready topic in the goal set, how many topics of the goal set depend on it, itself
   * included; 0 for the others.
   */
  private static int[] unlocks(Curriculum c, int[] ready, BitSet goalSet) {
    int[] score = new int[ready.length];
    int[] stamp = new int[c.size()];
    IntList stack = new IntList(64);
    Adjacency requiredBy = c.requiredBy();
    for (int i = 0; i < ready.length; i++) {
      int r = ready[i];
      if (!goalSet.get(r)) {
        continue;
      }
      int mark = i + 1;
      stamp[r] = mark;
      stack.add(r);
      int count = 0;
      while (!stack.isEmpty()) {
        int v = stack.pop();
        count++;
        for (int k = requiredBy.start(v), end = requiredBy.end(v); k < end; k++) {
          int u = requiredBy.target(k);
          if (stamp[u] != mark && goalSet.get(u)) {
            stamp[u] = mark;
            stack.add(u);
          }
        }
      }
      score[i] = count;
    }
    return score;
  }
}
