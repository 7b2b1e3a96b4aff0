package io.github.mlpath.core.lookup;

import io.github.mlpath.core.TopicRef;
import java.util.List;
import java.util.Objects;

/**
 * The math a topic needs, not yet known, in learning order. Immutable.
 *
 * @param topic the asked topic
 * @param alreadyKnown whether the learner already knows the asked topic (then {@code needs} is
 *     empty)
 * @param needs the math topics, in the just-in-time learning order
 */
public record NeedList(TopicRef topic, boolean alreadyKnown, List<MathNeed> needs) {
  public NeedList {
    Objects.requireNonNull(topic, "topic");
    needs = List.copyOf(needs);
  }
}
