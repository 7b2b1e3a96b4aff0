package io.github.mlpath.core.plan;

import io.github.mlpath.core.Records;
import java.time.LocalDate;
import java.util.List;

/**
 * A learning path laid out week by week: steps fill each week up to the pace's hours in path order,
 * a long step running on into the next weeks. Immutable.
 *
 * @param pace the hours per week and start date
 * @param finish the last day of the last week
 * @param weeks the weeks, in order
 */
public record Schedule(Pace pace, LocalDate finish, List<Week> weeks) {
  public Schedule {
    Records.requireNonNull(Schedule.class, pace, finish);
    weeks = List.copyOf(weeks);
  }
}
