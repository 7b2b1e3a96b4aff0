package io.github.mlpath.core.lookup;

import io.github.mlpath.core.Link;
import io.github.mlpath.core.TopicRef;
import java.util.List;
import java.util.Objects;

/**
 * How one topic depends on another: the chain of prerequisite edges from {@code topic} down to
 * {@code dependsOn}, each with its reason. Immutable.
 *
 * @param topic the topic that depends
 * @param dependsOn the topic it depends on
 * @param links the edges in order: the first starts at {@code topic}, the last ends at {@code
 *     dependsOn}; never empty
 */
public record DependencyChain(TopicRef topic, TopicRef dependsOn, List<Link> links) {
  public DependencyChain {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(dependsOn, "dependsOn");
    links = List.copyOf(links);
  }
}
