package io.github.mlpath.core.learner;

import java.util.Map;
import java.util.Optional;

/**
 * The concrete self-checks of a curriculum's topics ("Can you differentiate x^2 sin x?"), by topic
 * id, for the placement quiz's questions. Immutable.
 *
 * @param byTopic the check of each topic that has one
 */
public record SelfChecks(Map<String, String> byTopic) {
  /** No checks: questions show the topic's definition only. */
  public static final SelfChecks NONE = new SelfChecks(Map.of());

  public SelfChecks {
    byTopic = Map.copyOf(byTopic);
  }

  /** The check of {@code topic}, if it has one. */
  public Optional<String> of(String topic) {
    return Optional.ofNullable(byTopic.get(topic));
  }
}
