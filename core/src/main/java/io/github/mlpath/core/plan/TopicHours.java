package io.github.mlpath.core.plan;

import java.util.Objects;

/**
 * How long one topic takes a learner, and where the number comes from. Immutable.
 *
 * @param minutes the learning time, in whole minutes
 * @param estimated true when no confirmed size stands behind it: the flat estimate for the topic's
 *     kind
 * @param basis what it was computed from, in words: "video 19 min, 1 of 5 topics, x1.5 + 1 h
 *     practice", "estimate for a math topic"
 */
public record TopicHours(long minutes, boolean estimated, String basis) {
  public TopicHours {
    if (minutes < 0) {
      throw new IllegalArgumentException("negative minutes: " + minutes);
    }
    Objects.requireNonNull(basis, "basis");
  }

  /** The learning time in hours. */
  public double hours() {
    return minutes / 60.0;
  }
}
