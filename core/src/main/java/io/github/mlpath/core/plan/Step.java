package io.github.mlpath.core.plan;

import io.github.mlpath.core.Records;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.lookup.ResourceChoice;
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
 * @param hours the hours the step takes, from the {@link HoursModel}: the topic's stated learning
 *     time, else its share of its resource's size, else the flat estimate for its kind
 * @param estimated whether {@code hours} is the flat estimate, with no confirmed size behind it
 * @param totalHours the running total up to and including this step
 * @param hoursBasis what {@code hours} was computed from, in words ("video 19 min, 1 of 5 topics,
 *     x1.5 + 1 h practice")
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
    double totalHours,
    String hoursBasis) {
  public Step {
    Records.requireNonNull(Step.class, topic, neededBy, reason, resource, hoursBasis);
  }
}
