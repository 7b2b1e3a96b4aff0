package io.github.mlpath.core.learner;

import io.github.mlpath.core.TopicRef;
import java.util.List;
import java.util.Objects;

/**
 * A topic that counts as known because marked topics require it. Immutable.
 *
 * @param topic the implied topic
 * @param impliedBy the marked topics that require it, directly or not, in id order
 */
public record Implication(TopicRef topic, List<TopicRef> impliedBy) {
  public Implication {
    Objects.requireNonNull(topic, "topic");
    impliedBy = List.copyOf(impliedBy);
  }
}
