package io.github.mlpath.core.plan;

import io.github.mlpath.core.TopicRef;
import java.util.Objects;

/**
 * A topic ready to learn now: not known, every prerequisite known. Immutable.
 *
 * @param topic the topic
 * @param towardGoal whether a goal needs it (it is a goal or a prerequisite of one, not known);
 *     false when no goal was given
 * @param unlocks how many not-yet-known topics on the way to the goals depend on it, itself
 *     included (0 when it is not toward a goal); the ranking key
 */
public record ReadyTopic(TopicRef topic, boolean towardGoal, int unlocks) {
  public ReadyTopic {
    Objects.requireNonNull(topic, "topic");
  }
}
