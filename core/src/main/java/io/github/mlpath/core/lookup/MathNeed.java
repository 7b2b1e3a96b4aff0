package io.github.mlpath.core.lookup;

import io.github.mlpath.core.Link;
import io.github.mlpath.core.Records;
import io.github.mlpath.core.TopicRef;
import java.util.List;
import java.util.Optional;

/**
 * One math topic that a topic depends on. Immutable.
 *
 * @param topic the math topic
 * @param distance how many prerequisite edges separate it from the asked topic (1 for a direct
 *     need; 0 for a part of the asked umbrella topic)
 * @param chain the shortest chain of edges from the asked topic (or, for an umbrella, from one of
 *     its parts) down to this one, each with its reason: the last link's {@code required()} is this
 *     math topic; empty for a part of the asked umbrella
 * @param resource the resource to start with, if the data has one
 */
public record MathNeed(
    TopicRef topic, int distance, List<Link> chain, Optional<ResourceChoice> resource) {
  public MathNeed {
    Records.requireNonNull(MathNeed.class, topic, resource);
    chain = List.copyOf(chain);
  }
}
