package io.github.mlpath.core.plan;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.Slugged;
import io.github.mlpath.core.order.LearningOrder;
import io.github.mlpath.core.order.OrderAlgorithm;
import io.github.mlpath.core.order.Ranking;
import java.util.BitSet;
import java.util.Optional;

/**
 * Where a learning path puts math. Each strategy carries its own order algorithm, so a new one is
 * one constant here with its algorithm; all give a valid learning order of the same topics.
 */
public enum Strategy implements Slugged {
  /**
   * Just in time, the default: programming first, then a first project, then ML concepts, each math
   * topic as late as possible, right before the first step that needs it.
   */
  JIT(LearningOrder::justInTime),
  /** The traditional order: every math topic as early as possible. */
  MATH_FIRST(LearningOrder::mathFirst);

  private final OrderAlgorithm algorithm;

  Strategy(OrderAlgorithm algorithm) {
    this.algorithm = algorithm;
  }

  /** The topics of {@code topics} in this strategy's learning order. */
  public int[] order(Curriculum c, BitSet topics, Ranking ranking) {
    return algorithm.order(c, topics, ranking);
  }

  /** The strategy whose {@link #slug()} is {@code slug}, if any. */
  public static Optional<Strategy> fromSlug(String slug) {
    return Slugged.fromSlug(Strategy.class, slug);
  }
}
