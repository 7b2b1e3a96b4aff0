package io.github.mlpath.core.learner;

import io.github.mlpath.core.Records;

/**
 * One answer of the placement quiz. Immutable. When a topic is answered twice, the later answer
 * replaces the earlier one.
 *
 * @param topic the topic, by any name {@link io.github.mlpath.core.lookup.TopicResolver} accepts
 * @param reply yes, no or skip
 */
public record Answer(String topic, Reply reply) {
  public Answer {
    Records.requireNonNull(Answer.class, topic, reply);
  }
}
