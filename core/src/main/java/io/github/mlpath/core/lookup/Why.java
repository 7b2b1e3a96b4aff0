package io.github.mlpath.core.lookup;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.order.Closure;
import io.github.mlpath.core.order.Ranking;
import java.util.BitSet;
import java.util.Optional;

/**
 * Why one topic depends on another: the shortest chain of prerequisite edges between them, found by
 * breadth-first search that visits each topic's prerequisites in rank order, so the same data
 * always gives the same chain. An umbrella topic stands for its parts: a chain to Calculus is the
 * shortest chain to any topic under it, and a topic under Calculus is part of it, not dependent on
 * it.
 */
public final class Why {
  private Why() {}

  /**
   * The chain by which {@code topic} depends on {@code dependsOn}, or empty when it does not (a
   * topic does not depend on itself).
   */
  public static Optional<DependencyChain> chain(
      Curriculum c, Ranking ranking, int topic, int dependsOn) {
    if (topic == dependsOn) {
      return Optional.empty();
    }
    int[] from = Bfs.byRank(Closure.expand(c, new int[] {topic}), ranking);
    BitSet targets = new BitSet();
    for (int v : Closure.expand(c, new int[] {dependsOn})) {
      targets.set(v);
    }
    Bfs bfs = Bfs.run(c.requires(), c.size(), from, c.umbrellas(), ranking, targets);
    if (bfs.found < 0) {
      return Optional.empty();
    }
    int[] back = bfs.pathBack(bfs.found);
    int start = back[back.length - 1];
    return Optional.of(
        new DependencyChain(
            TopicRef.of(c, topic),
            TopicRef.of(c, dependsOn),
            Needs.chain(c, back),
            start == topic ? Optional.empty() : Optional.of(TopicRef.of(c, start)),
            bfs.found == dependsOn ? Optional.empty() : Optional.of(TopicRef.of(c, bfs.found))));
  }
}
