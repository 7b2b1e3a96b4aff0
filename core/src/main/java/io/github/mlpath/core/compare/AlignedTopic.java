package io.github.mlpath.core.compare;

import io.github.mlpath.core.Records;
import io.github.mlpath.core.TopicRef;

/**
 * A topic of one curriculum aligned with a topic of another as the same concept. Immutable.
 *
 * @param a the topic in the first curriculum
 * @param b the topic in the second
 * @param by how they were found to match
 * @param key what they share: the article, the normalised name, or the mapping line
 */
public record AlignedTopic(TopicRef a, TopicRef b, MatchKind by, String key) {
  public AlignedTopic {
    Records.requireNonNull(AlignedTopic.class, a, b, by, key);
  }
}
