package io.github.mlpath.core.plan;

import io.github.mlpath.core.TopicRef;
import java.util.Objects;

/**
 * Part of a step done in one week. Immutable.
 *
 * @param step the step's number
 * @param topic the step's topic
 * @param hours the hours spent on it that week
 * @param finishes whether the step is finished that week
 * @param estimated whether the step's hours are an estimate rather than from a confirmed size
 */
public record WeekItem(
    int step, TopicRef topic, double hours, boolean finishes, boolean estimated) {
  public WeekItem {
    Objects.requireNonNull(topic, "topic");
  }
}
