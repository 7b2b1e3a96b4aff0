package io.github.mlpath.core.plan;

import io.github.mlpath.core.Records;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.UmbrellaTopic;
import java.util.List;
import java.util.Optional;

/**
 * A learner's path to their goals. Immutable; plain values, so a command line can print it as text,
 * a markdown checklist or JSON.
 *
 * @param goals the goals, as asked
 * @param strategy where math was put
 * @param steps what to learn, in order; each after every step it requires
 * @param knownGoals goals the learner already knows, left out of the steps
 * @param totalHours the sum of the steps' hours
 * @param estimatedHours the part of {@code totalHours} that is estimated (steps with no confirmed
 *     size behind their hours)
 * @param estimatedSteps how many steps have estimated hours
 * @param schedule the week-by-week schedule, when a pace was given
 * @param goalUmbrellas the umbrella topics among the goals, each standing for all its parts
 * @param knownUmbrellas the umbrella topics the learner named as known, each standing for all its
 *     parts
 */
public record LearningPath(
    List<TopicRef> goals,
    Strategy strategy,
    List<Step> steps,
    List<TopicRef> knownGoals,
    double totalHours,
    double estimatedHours,
    int estimatedSteps,
    Optional<Schedule> schedule,
    List<UmbrellaTopic> goalUmbrellas,
    List<UmbrellaTopic> knownUmbrellas) {
  public LearningPath {
    goals = List.copyOf(goals);
    Records.requireNonNull(LearningPath.class, strategy, schedule);
    steps = List.copyOf(steps);
    knownGoals = List.copyOf(knownGoals);
    goalUmbrellas = List.copyOf(goalUmbrellas);
    knownUmbrellas = List.copyOf(knownUmbrellas);
  }

  /** This path, reporting {@code umbrellas} as the umbrella topics the learner named as known. */
  public LearningPath withKnownUmbrellas(List<UmbrellaTopic> umbrellas) {
    return new LearningPath(
        goals,
        strategy,
        steps,
        knownGoals,
        totalHours,
        estimatedHours,
        estimatedSteps,
        schedule,
        goalUmbrellas,
        umbrellas);
  }
}
