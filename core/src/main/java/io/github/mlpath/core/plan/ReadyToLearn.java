package io.github.mlpath.core.plan;

import io.github.mlpath.core.Adjacency;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.internal.IntStack;
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
 * <p>Ranking toward goals: the goal set is the goals and what they require, not known (the topics
 * of a learning path). A ready topic in it scores the number of topics of the goal set that depend
 * on it, itself included: a count of the goal's remaining topics that learning it brings closer.
 * Topics toward a goal come first, higher scores first, ties by rank. Scoring costs a walk of the
 * goal set per ready topic in it: fine for real curricula; for huge goal sets call {@link #ready}
 * alone.
 */
public final class ReadyToLearn {
  private ReadyToLearn() {}

  /**
   * The ready topics, in index order. Skips known topics a word of the bit set at a time and tests
   * prerequisites against a plain copy of its words, so a million topics take a few milliseconds.
   */
  public static int[] ready(Curriculum c, BitSet known) {
    Adjacency requires = c.requires();
    int n = c.size();
    long[] words = known.toLongArray();
    int[] out = new int[64];
    int count = 0;
    for (int v = known.nextClearBit(0); v < n; v = known.nextClearBit(v + 1)) {
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

  /** The ready topics ranked toward {@code goals} (which may be empty). */
  public static ReadyList ranked(Curriculum c, Ranking ranking, BitSet known, int[] goals) {
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
    int[] score = new int[ready.length];
    int[] stamp = new int[c.size()];
    IntStack stack = new IntStack(64);
    Adjacency requiredBy = c.requiredBy();
    for (int i = 0; i < ready.length; i++) {
      int r = ready[i];
      if (!goalSet.get(r)) {
        continue;
      }
      int mark = i + 1;
      stamp[r] = mark;
      stack.push(r);
      int count = 0;
      while (!stack.isEmpty()) {
        int v = stack.pop();
        count++;
        for (int k = requiredBy.start(v), end = requiredBy.end(v); k < end; k++) {
          int u = requiredBy.target(k);
          if (stamp[u] != mark && goalSet.get(u)) {
            stamp[u] = mark;
            stack.push(u);
          }
        }
      }
      score[i] = count;
    }
    Integer[] byScore = new Integer[ready.length];
    for (int i = 0; i < ready.length; i++) {
      byScore[i] = i;
    }
    Arrays.sort(
        byScore,
        (a, b) -> {
          if (score[a] != score[b]) {
            return Integer.compare(score[b], score[a]);
          }
          return Integer.compare(ranking.rank(ready[a]), ranking.rank(ready[b]));
        });
    List<ReadyTopic> topics = new ArrayList<>(ready.length);
    for (int i : byScore) {
      topics.add(new ReadyTopic(TopicRef.of(c, ready[i]), goalSet.get(ready[i]), score[i]));
    }
    return new ReadyList(goalRefs, topics);
  }
}
