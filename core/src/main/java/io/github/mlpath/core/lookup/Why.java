package io.github.mlpath.core.lookup;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.order.Ranking;
import java.util.BitSet;
import java.util.Optional;

/**
 * Why one topic depends on another: the shortest chain of prerequisite edges between them, found by
 * breadth-first search that visits each topic's prerequisites in rank order, so the same data
 * always gives the same chain.
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
    Bfs bfs = Bfs.run(c.requires(), c.size(), topic, new BitSet(), ranking, dependsOn);
    if (!bfs.reached(dependsOn)) {
      return Optional.empty();
    }
    return Optional.of(
        new DependencyChain(
            TopicRef.of(c, topic),
            TopicRef.of(c, dependsOn),
            Needs.chain(c, bfs.pathBack(dependsOn))));
  }
}
