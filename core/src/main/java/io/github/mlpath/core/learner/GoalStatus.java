package io.github.mlpath.core.learner;

import io.github.mlpath.core.Records;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.plan.Step;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A learner's progress toward one goal. Immutable. Hours come from the same plan {@code path} makes
 * (the chosen resources' durations, else the estimate by kind).
 *
 * @param goal the goal
 * @param topicsDone the topics of the goal's closure the learner knows
 * @param topicsLeft the topics still to learn: the steps of their path
 * @param hoursDone the hours of the topics done
 * @param hoursDoneEstimated the part of {@code hoursDone} that is estimated, not a duration
 * @param hoursLeft the hours of the path that is left
 * @param hoursLeftEstimated the part of {@code hoursLeft} that is estimated
 * @param finish the day the path left ends at the learner's pace from today, when they set one
 * @param aheadHours hours ahead of the schedule they set (negative: behind), when they set a pace
 *     and a start date
 * @param next the next steps, at most three
 */
public record GoalStatus(
    TopicRef goal,
    int topicsDone,
    int topicsLeft,
    double hoursDone,
    double hoursDoneEstimated,
    double hoursLeft,
    double hoursLeftEstimated,
    Optional<LocalDate> finish,
    Optional<Double> aheadHours,
    List<Step> next) {
  public GoalStatus {
    Records.requireNonNull(GoalStatus.class, goal, finish, aheadHours);
    next = List.copyOf(next);
  }

  /** Whether every topic of the goal is known. */
  public boolean complete() {
    return topicsLeft == 0;
  }

  /** The part of the goal's hours done, 0 to 1. */
  public double fraction() {
    double total = hoursDone + hoursLeft;
    return total == 0 ? 1 : hoursDone / total;
  }
}
