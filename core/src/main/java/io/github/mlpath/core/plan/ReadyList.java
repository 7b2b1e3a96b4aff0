package io.github.mlpath.core.plan;

import io.github.mlpath.core.TopicRef;
import java.util.List;

/**
 * What is ready to learn now, best first. Immutable.
 *
 * @param goals the goals the ranking used; empty when none was given
 * @param topics the ready topics: with goals, those toward a goal first, by {@link
 *     ReadyTopic#unlocks()} descending, then by rank; without goals, by rank
 */
public record ReadyList(List<TopicRef> goals, List<ReadyTopic> topics) {
  public ReadyList {
    goals = List.copyOf(goals);
    topics = List.copyOf(topics);
  }
}
