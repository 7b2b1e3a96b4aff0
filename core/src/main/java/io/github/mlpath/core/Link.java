package io.github.mlpath.core;

import java.util.Optional;

/**
 * One prerequisite edge as results show it: {@code topic} requires {@code required}, with the
 * edge's reason when the data gives one. Immutable.
 *
 * @param topic the topic that has the prerequisite
 * @param required the topic to learn first
 * @param reason why, in one line, if the data says
 */
public record Link(TopicRef topic, TopicRef required, Optional<String> reason) {
  public Link {
    Records.requireNonNull(Link.class, topic, required, reason);
  }

  /** The edge {@code topic -> required} of {@code c}, with its reason. */
  public static Link of(Curriculum c, int topic, int required) {
    return new Link(TopicRef.of(c, topic), TopicRef.of(c, required), c.reason(topic, required));
  }
}
