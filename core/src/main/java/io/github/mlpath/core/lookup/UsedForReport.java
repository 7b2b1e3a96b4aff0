package io.github.mlpath.core.lookup;

import io.github.mlpath.core.TopicRef;
import java.util.List;
import java.util.Objects;

/**
 * What a topic is used for: every topic that requires it, directly or transitively. Immutable.
 *
 * @param topic the asked topic
 * @param direct how many topics require it directly
 * @param total how many topics require it at all
 * @param groups the topics grouped by kind, in {@link io.github.mlpath.core.TopicKind} order
 *     (programming, project, ML concept, math); kinds with no topic are left out
 */
public record UsedForReport(TopicRef topic, int direct, int total, List<KindGroup> groups) {
  public UsedForReport {
    Objects.requireNonNull(topic, "topic");
    groups = List.copyOf(groups);
  }
}
