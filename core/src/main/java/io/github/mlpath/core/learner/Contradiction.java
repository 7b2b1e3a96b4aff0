package io.github.mlpath.core.learner;

import io.github.mlpath.core.Records;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.lookup.DependencyChain;

/**
 * Two answers of the placement quiz that cannot both hold: yes to {@code yes}, no to {@code no},
 * although {@code yes} requires {@code no}. Immutable.
 *
 * @param yes the topic answered yes
 * @param no the topic answered no, which {@code yes} requires
 * @param chain the prerequisite edges from {@code yes} down to {@code no}, with their reasons
 */
public record Contradiction(TopicRef yes, TopicRef no, DependencyChain chain) {
  public Contradiction {
    Records.requireNonNull(Contradiction.class, yes, no, chain);
  }
}
