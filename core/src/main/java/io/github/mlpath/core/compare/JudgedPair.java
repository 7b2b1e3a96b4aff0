package io.github.mlpath.core.compare;

import io.github.mlpath.core.Records;
import io.github.mlpath.core.TopicRef;
import java.util.Optional;

/**
 * One prerequisite pair of one curriculum, judged against the other. Immutable.
 *
 * @param topic the topic that has the prerequisite, in the curriculum that states the pair
 * @param required the topic it requires
 * @param otherTopic the topic aligned with {@code topic} in the other curriculum, if any
 * @param otherRequired the topic aligned with {@code required} there, if any
 * @param verdict what the other curriculum says
 * @param direct whether, when it agrees, the other states the pair itself rather than a chain
 */
public record JudgedPair(
    TopicRef topic,
    TopicRef required,
    Optional<TopicRef> otherTopic,
    Optional<TopicRef> otherRequired,
    Verdict verdict,
    boolean direct) {
  public JudgedPair {
    Records.requireNonNull(JudgedPair.class, topic, required, otherTopic, otherRequired, verdict);
  }
}
