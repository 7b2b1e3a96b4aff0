package io.github.mlpath.core.lookup;

import io.github.mlpath.core.Link;
import io.github.mlpath.core.Records;
import io.github.mlpath.core.TopicRef;
import java.util.List;
import java.util.Optional;

/**
 * How one topic depends on another: the chain of prerequisite edges from {@code topic} down to
 * {@code dependsOn}, each with its reason. An umbrella topic stands for its parts, so the chain may
 * start at a part of {@code topic} or end at a part of {@code dependsOn}. Immutable.
 *
 * @param topic the topic that depends
 * @param dependsOn the topic it depends on
 * @param links the edges in order, from {@code topic} (or {@code fromPart}) down to {@code
 *     dependsOn} (or {@code toPart}); empty only when one of the two topics is a part of the other,
 *     an umbrella
 * @param fromPart when {@code topic} is an umbrella, the part of it the chain starts at
 * @param toPart when {@code dependsOn} is an umbrella, the part of it the chain ends at
 */
public record DependencyChain(
    TopicRef topic,
    TopicRef dependsOn,
    List<Link> links,
    Optional<TopicRef> fromPart,
    Optional<TopicRef> toPart) {
  public DependencyChain {
    Records.requireNonNull(DependencyChain.class, topic, dependsOn, fromPart, toPart);
    links = List.copyOf(links);
  }

  /** Whether one of the two topics is simply a part of the other, an umbrella, with no edge. */
  public boolean partOf() {
    return links.isEmpty();
  }
}
