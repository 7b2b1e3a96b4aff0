package io.github.mlpath.core.learner;

import io.github.mlpath.core.Records;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A learner's progress on one day: each goal, the reviews due, and what the profile names that the
 * curriculum no longer has. Immutable.
 *
 * @param day the day it describes
 * @param hoursPerWeek the learner's pace, if set
 * @param start the day their schedule started, if set
 * @param learned how many topics they marked (or the quiz placed)
 * @param implied how many more count as known because the marked ones require them
 * @param goals their goals, in the order added
 * @param reviewsDue how many reviews are due that day or earlier
 * @param missing ids the profile names that the curriculum does not have (kept in the profile)
 */
public record Status(
    LocalDate day,
    Optional<Double> hoursPerWeek,
    Optional<LocalDate> start,
    int learned,
    int implied,
    List<GoalStatus> goals,
    int reviewsDue,
    List<String> missing) {
  public Status {
    Records.requireNonNull(Status.class, day, hoursPerWeek, start);
    goals = List.copyOf(goals);
    missing = List.copyOf(missing);
  }
}
