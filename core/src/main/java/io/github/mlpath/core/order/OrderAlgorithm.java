package io.github.mlpath.core.order;

import io.github.mlpath.core.Curriculum;
import java.util.BitSet;

/**
 * A way to put a set of topics in a learning order: every topic after each topic of the set it
 * requires, ties broken by the ranking, so the same input always gives the same order.
 */
@FunctionalInterface
public interface OrderAlgorithm {

  /**
   * The topics of {@code topics}, in learning order.
   *
   * @throws io.github.mlpath.core.CycleException naming a cycle among them
   */
  int[] order(Curriculum c, BitSet topics, Ranking ranking);
}
