package io.github.mlpath.core.plan;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.order.LearningOrder;
import io.github.mlpath.core.order.OrderAlgorithm;
import io.github.mlpath.core.order.Ranking;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Optional;

/**
 * Where a learning path puts math. Each strategy carries its own order algorithm, so a new one is
 * one constant here with its algorithm; all give a valid learning order of the same topics.
 */
public enum Strategy {
  /**
   * Just in time, the default: programming first, then a first project, then ML concepts, each math
   * topic as late as possible, right before the first step that needs it.
   */
  JIT("jit", LearningOrder::justInTime),
  /** The traditional order: every math topic as early as possible. */
  MATH_FIRST("math-first", LearningOrder::mathFirst);

  private final String slug;
  private final OrderAlgorithm algorithm;

  Strategy(String slug, OrderAlgorithm algorithm) {
    this.slug = slug;
    this.algorithm = algorithm;
  }

  /** The topics of {@code topics} in this strategy's learning order. */
  public int[] order(Curriculum c, BitSet topics, Ranking ranking) {
    return algorithm.order(c, topics, ranking);
  }

  /** The name used on the command line and in JSON: {@code jit} or {@code math-first}. */
  public String slug() {
    return slug;
  }

  /** The strategy whose {@link #slug()} is {@code slug}, if any. */
  public static Optional<Strategy> fromSlug(String slug) {
    return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
  }
}
