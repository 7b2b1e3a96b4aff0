package io.github.mlpath.core.lookup;

import io.github.mlpath.core.Link;
import io.github.mlpath.core.Records;
import io.github.mlpath.core.TopicRef;

/**
 * A topic that learning another one helps unlock. Immutable.
 *
 * @param topic the unlocked topic
 * @param distance edges between them: 1 when it requires the asked topic directly
 * @param via the edge by which it is reached: {@code via.topic()} is this topic and {@code
 *     via.required()} the asked topic (when direct) or the next topic down the shortest chain
 */
public record Unlocked(TopicRef topic, int distance, Link via) {
  public Unlocked {
    Records.requireNonNull(Unlocked.class, topic, via);
  }
}
