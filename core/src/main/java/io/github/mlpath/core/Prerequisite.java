package io.github.mlpath.core;

import java.util.Optional;

/**
 * A prerequisite edge: {@code topic} requires {@code required}, for a reason a beginner can read.
 * Immutable.
 *
 * @param topic the id of the topic that has the prerequisite
 * @param required the id of the topic to learn first
 * @param reason why, in one line, if the data gives it
 */
public record Prerequisite(String topic, String required, Optional<String> reason) {
  public Prerequisite {
    Records.requireNonNull(Prerequisite.class, topic, required, reason);
  }
}
