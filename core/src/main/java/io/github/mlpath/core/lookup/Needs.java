package io.github.mlpath.core.lookup;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.Link;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.order.Closure;
import io.github.mlpath.core.order.LearningOrder;
import io.github.mlpath.core.order.Ranking;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Math when you need it: the math topics a topic depends on that the learner does not know yet. The
 * walk goes through topics of every kind (an ML concept that needs another that needs derivatives
 * needs derivatives) but never into a known topic. Needs come in the same just-in-time order a
 * learning path would use, each with the shortest chain of reasons back to the asked topic
 * (shortest by edge count, ties by rank at each step). Asked about an umbrella topic such as
 * Calculus, the needs are its parts not yet known (at distance 0) and what they need in turn.
 */
public final class Needs {
  private Needs() {}

  /**
   * The math {@code topic} needs.
   *
   * @param known what the learner knows, already expanded (see {@code Closure.known})
   * @param maxDepth keep only needs at most this many edges away; 1 keeps the direct needs, {@link
   *     Integer#MAX_VALUE} keeps all
   */
  public static NeedList mathFor(
      Curriculum c,
      Ranking ranking,
      int topic,
      BitSet known,
      int maxDepth,
      ResourcePreferences preferences) {
    TopicRef asked = TopicRef.of(c, topic);
    BitSet stop = c.umbrellas();
    stop.or(known);
    int[] parts = Closure.expand(c, new int[] {topic});
    int[] from = unknown(Bfs.byRank(parts, ranking), known);
    if (from.length == 0) {
      return new NeedList(asked, true, List.of(), List.of(), 0);
    }
    Bfs bfs = Bfs.run(c.requires(), c.size(), from, stop, ranking, new BitSet());
    int[] order = LearningOrder.justInTime(c, bfs.reachedSet(), ranking);
    List<MathNeed> needs = new ArrayList<>();
    for (int v : order) {
      if (v == topic || c.kind(v) != TopicKind.MATH || bfs.distance[v] > maxDepth) {
        continue;
      }
      needs.add(
          new MathNeed(
              TopicRef.of(c, v),
              bfs.distance[v],
              chain(c, bfs.pathBack(v)),
              ResourceChooser.choose(c, v, preferences)));
    }
    return new NeedList(asked, false, needs, List.of(), knownMath(c, parts, known));
  }

  /** How many math topics the asked topic needs, directly or not, that are already known. */
  private static int knownMath(Curriculum c, int[] parts, BitSet known) {
    BitSet all = Closure.prerequisites(c, parts);
    all.and(known);
    return (int) all.stream().filter(v -> c.kind(v) == TopicKind.MATH).count();
  }

  private static int[] unknown(int[] topics, BitSet known) {
    return Arrays.stream(topics).filter(v -> !known.get(v)).toArray();
  }

  /** The links along a path given from its end back to its start. */
  static List<Link> chain(Curriculum c, int[] back) {
    List<Link> links = new ArrayList<>(back.length - 1);
    for (int i = back.length - 1; i > 0; i--) {
      links.add(Link.of(c, back[i], back[i - 1]));
    }
    return links;
  }
}
