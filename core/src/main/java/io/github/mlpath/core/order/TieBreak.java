package io.github.mlpath.core.order;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.IdOrder;
import io.github.mlpath.core.Topic;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * A total order on topics that algorithms use to break ties, so that the same curriculum always
 * gives the same answer. It is computed once as a rank per topic; lower ranks come first.
 */
@FunctionalInterface
public interface TieBreak {

  /** The rank of every topic: a permutation of {@code 0..size-1}, lower first. */
  int[] ranks(Curriculum curriculum);

  /**
   * Ties go to the topic whose id sorts first (plain string order). Sorts the ids once as strings,
   * so it stays well under a second for a million topics.
   */
  static TieBreak byId() {
    return c -> {
      int[] identity = inIndexOrder(c);
      if (identity != null) {
        return identity;
      }
      String[] sorted = new String[c.size()];
      for (int v = 0; v < sorted.length; v++) {
        sorted[v] = c.id(v);
      }
      Arrays.sort(sorted);
      int[] rank = new int[sorted.length];
      for (int r = 0; r < sorted.length; r++) {
        rank[c.indexOf(sorted[r]).getAsInt()] = r;
      }
      return rank;
    };
  }

  /**
   * The identity ranking when the ids already sort in index order (as a reader that keeps the
   * data's order gives for generated or sorted data), checked in one pass; else null.
   */
  private static int[] inIndexOrder(Curriculum c) {
    return IdOrder.ascending(c) ? IntStream.range(0, c.size()).toArray() : null;
  }

  /**
   * Ties go to the topic that comes first in the data's teaching order ({@code mlp:teachingOrder}):
   * topics with a place before those without, lower places first, then by id. The default of
   * mlpath's planner, so that Python basics comes before functions and git comes later, whatever
   * their names. A curriculum without a teaching order is ranked by id.
   */
  static TieBreak byTeachingOrder() {
    return c -> {
      boolean any = false;
      for (int v = 0; v < c.size() && !any; v++) {
        any = c.teachingOrder(v).isPresent();
      }
      if (!any) {
        return byId().ranks(c);
      }
      return rank(
          c,
          Comparator.<Integer>comparingInt(v -> c.teachingOrder(v).orElse(Integer.MAX_VALUE))
              .thenComparing(c::id));
    };
  }

  /** The topic at each rank: the inverse permutation of {@code ranks}. */
  static int[] byRank(int[] ranks) {
    int[] out = new int[ranks.length];
    for (int v = 0; v < ranks.length; v++) {
      out[ranks[v]] = v;
    }
    return out;
  }

  /**
   * Ties go to the topic whose label sorts first, ignoring case; equal labels fall back to the id.
   * This is the rule {@code mlpath order} documents.
   */
  static TieBreak byLabel() {
    return c ->
        rank(
            c,
            Comparator.<Integer, String>comparing(v -> c.label(v), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(c::id));
  }

  /** Ties follow a comparator on whole topics, falling back to the id. */
  static TieBreak comparing(Comparator<Topic> comparator) {
    return c ->
        rank(c, Comparator.<Integer, Topic>comparing(c::topic, comparator).thenComparing(c::id));
  }

  private static int[] rank(Curriculum c, Comparator<Integer> order) {
    Integer[] sorted = IntStream.range(0, c.size()).boxed().sorted(order).toArray(Integer[]::new);
    int[] rank = new int[c.size()];
    for (int r = 0; r < sorted.length; r++) {
      rank[sorted[r]] = r;
    }
    return rank;
  }
}
