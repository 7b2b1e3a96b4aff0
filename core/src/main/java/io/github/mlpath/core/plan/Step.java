package io.github.mlpath.core.plan;

import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.lookup.ResourceChoice;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a learning path. Immutable.
 *
 * @param number its position, from 1
 * @param topic what to learn
 * @param goal whether it is one of the goals
 * @param neededBy the earliest later step that requires it directly; empty only for a goal that no
 *     other step requires
 * @param reason the reason on the edge from {@code neededBy} to this topic, if the data gives one
 * @param resource what to learn it from, if the data has a resource for it
 * @param hours the hours the step takes: the topic's stated learning time, else its resource's
 *     duration, else the {@link HoursEstimate}
 * @param estimated whether {@code hours} is the estimate rather than a stated time
 * @param totalHours the running total up to and including this step
 */
public record Step(
    int number,
    TopicRef topic,
    boolean goal,
    Optional<TopicRef> neededBy,
    Optional<String> reason,
    Optional<ResourceChoice> resource,
    double hours,
    boolean estimated,
    double totalHours) {
  public Step {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(neededBy, "neededBy");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(resource, "resource");
  }
}
