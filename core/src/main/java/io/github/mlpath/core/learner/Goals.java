package io.github.mlpath.core.learner;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicRef;
import java.util.List;
import java.util.Optional;

/**
 * A profile's goals, in order, each with its topic when the curriculum has it: what {@code goal
 * list} shows and {@code goal add} and {@code goal remove} leave. Immutable.
 *
 * @param goals each goal of the profile, in order
 * @param profile the whole profile
 */
public record Goals(List<Goal> goals, Profile profile) {
  public Goals {
    goals = List.copyOf(goals);
  }

  /**
   * One goal.
   *
   * @param id the id the profile keeps
   * @param topic the topic, when the curriculum has it
   */
  public record Goal(String id, Optional<TopicRef> topic) {}

  /** The goals of {@code p}, named by {@code c}. */
  static Goals of(Curriculum c, Profile p) {
    return new Goals(
        p.goals().stream()
            .map(
                id ->
                    new Goal(
                        id, c.indexOf(id).stream().mapToObj(i -> TopicRef.of(c, i)).findFirst()))
            .toList(),
        p);
  }
}
