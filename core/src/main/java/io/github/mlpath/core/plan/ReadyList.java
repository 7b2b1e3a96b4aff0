package io.github.mlpath.core.plan;

import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.UmbrellaTopic;
import java.util.List;
import java.util.Objects;

/**
 * What is ready to learn now, best first. Immutable.
 *
 * @param goals the goals the ranking used; empty when none was given
 * @param strategy the strategy whose learning order ranked the topics
 * @param topics the ready topics in the order the strategy would learn them: with goals, those on
 *     the way to a goal first, in the order of the path to the goals; then the others, in the order
 *     of the whole curriculum
 * @param knownUmbrellas the umbrella topics the learner named as known, each standing for all its
 *     parts
 */
public record ReadyList(
    List<TopicRef> goals,
    Strategy strategy,
    List<ReadyTopic> topics,
    List<UmbrellaTopic> knownUmbrellas) {
  public ReadyList {
    goals = List.copyOf(goals);
    Objects.requireNonNull(strategy, "strategy");
    topics = List.copyOf(topics);
    knownUmbrellas = List.copyOf(knownUmbrellas);
  }

  /** The first {@code limit} topics of this list (all of them when there are fewer). */
  public ReadyList limit(int limit) {
    return topics.size() <= limit
        ? this
        : new ReadyList(goals, strategy, topics.subList(0, limit), knownUmbrellas);
  }

  /** This list, reporting {@code umbrellas} as the umbrella topics named as known. */
  public ReadyList withKnownUmbrellas(List<UmbrellaTopic> umbrellas) {
    return new ReadyList(goals, strategy, topics, umbrellas);
  }
}
