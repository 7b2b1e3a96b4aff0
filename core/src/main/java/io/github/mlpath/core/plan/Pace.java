package io.github.mlpath.core.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How fast a learner goes, for a week-by-week schedule. Immutable.
 *
 * @param hoursPerWeek hours of study each week; positive
 * @param start the first day of week 1
 */
public record Pace(double hoursPerWeek, LocalDate start) {
  public Pace {
    if (!(hoursPerWeek > 0) || Double.isInfinite(hoursPerWeek)) {
      throw new IllegalArgumentException("hours per week must be positive: " + hoursPerWeek);
    }
    Objects.requireNonNull(start, "start");
  }
}
