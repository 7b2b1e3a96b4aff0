package io.github.mlpath.core.order;

import io.github.mlpath.core.Curriculum;

/**
 * A {@link TieBreak} evaluated once for one curriculum: the rank of every topic and the topic at
 * every rank. Computing it costs a sort of all ids, so planners compute it once per snapshot and
 * share it. Immutable; safe to share between threads.
 */
public final class Ranking {
  private final int[] rank;
  private final int[] byRank;

  private Ranking(int[] rank) {
    this.rank = rank;
    this.byRank = TieBreak.byRank(rank);
  }

  /** Ranks the curriculum's topics by {@code tieBreak}. */
  public static Ranking of(Curriculum c, TieBreak tieBreak) {
    int[] r = tieBreak.ranks(c);
    if (r.length != c.size()) {
      throw new IllegalArgumentException("tie-break ranked " + r.length + " of " + c.size());
    }
    return new Ranking(r);
  }

  /** Ranks by the data's teaching order, then by id: the planner's default. */
  public static Ranking byTeachingOrder(Curriculum c) {
    return of(c, TieBreak.byTeachingOrder());
  }

  /** Ranks by id alone. */
  public static Ranking byId(Curriculum c) {
    return of(c, TieBreak.byId());
  }

  /** The rank of {@code topic}; lower ranks win ties. */
  public int rank(int topic) {
    return rank[topic];
  }

  /** The topic whose rank is {@code rank}. */
  public int topicAt(int rank) {
    return byRank[rank];
  }

  /** How many topics are ranked. */
  public int size() {
    return rank.length;
  }
}
