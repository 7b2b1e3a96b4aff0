package io.github.mlpath.core.learner;

import java.util.Objects;

/**
 * One answer of the placement quiz. Immutable. When a topic is answered twice, the later answer
 * replaces the earlier one.
 *
 * @param topic the topic, by any name {@link io.github.mlpath.core.lookup.TopicResolver} accepts
 * @param reply yes, no or skip
 */
public record Answer(String topic, Reply reply) {
  public Answer {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(reply, "reply");
  }
}
