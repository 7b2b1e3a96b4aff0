package io.github.mlpath.core.lookup;

import io.github.mlpath.core.TopicKind;
import java.util.List;
import java.util.Objects;

/**
 * The unlocked topics of one kind, nearest first, ties by rank. Immutable.
 *
 * @param kind their kind
 * @param topics the topics
 */
public record KindGroup(TopicKind kind, List<Unlocked> topics) {
  public KindGroup {
    Objects.requireNonNull(kind, "kind");
    topics = List.copyOf(topics);
  }
}
