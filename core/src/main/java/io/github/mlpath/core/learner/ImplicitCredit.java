package io.github.mlpath.core.learner;

import io.github.mlpath.core.Adjacency;
import io.github.mlpath.core.Curriculum;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much a repetition of one topic counts for the topics it requires, after Math Academy's
 * "fractional implicit repetition": a prerequisite at distance d (the fewest requires edges from
 * the reviewed topic down to it) gets credit {@code 0.5^d}, so 0.5 for a direct prerequisite, 0.25
 * and 0.125 two and three edges down, and nothing farther. {@link Sm2#credit} then discounts it for
 * coming early. Stateless.
 */
public final class ImplicitCredit {
  /** Credit stops after this many edges. */
  public static final int MAX_DISTANCE = 3;

  private ImplicitCredit() {}

  /** The credit for distance {@code d} (1 to {@link #MAX_DISTANCE}); 0 beyond. */
  public static double forDistance(int d) {
    return d < 1 || d > MAX_DISTANCE ? 0 : Math.pow(0.5, d);
  }

  /**
   * The prerequisites of {@code topic} within {@link #MAX_DISTANCE} edges, each with its credit,
   * nearest first, ties in index order.
   */
  public static Map<Integer, Double> from(Curriculum c, int topic) {
    Adjacency requires = c.requires();
    Map<Integer, Integer> distance = new LinkedHashMap<>();
    distance.put(topic, 0);
    int[] frontier = {topic};
    for (int d = 1; d <= MAX_DISTANCE && frontier.length > 0; d++) {
      java.util.TreeSet<Integer> next = new java.util.TreeSet<>();
      for (int v : frontier) {
        for (int k = requires.start(v); k < requires.end(v); k++) {
          int w = requires.target(k);
          if (!distance.containsKey(w)) {
            next.add(w);
          }
        }
      }
      for (int w : next) {
        distance.put(w, d);
      }
      frontier = next.stream().mapToInt(Integer::intValue).toArray();
    }
    Map<Integer, Double> out = new LinkedHashMap<>();
    distance.forEach(
        (v, d) -> {
          if (d > 0) {
            out.put(v, forDistance(d));
          }
        });
    return out;
  }
}
