package io.github.mlpath.core.plan;

import io.github.mlpath.core.InvalidRequestException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How fast a learner goes, for a week-by-week schedule. Immutable. The bounds keep every schedule
 * small and its dates real: at least {@value #MIN_HOURS_PER_WEEK} h and at most {@value
 * #MAX_HOURS_PER_WEEK} h a week, a start between {@link #EARLIEST_START} and {@link #LATEST_START},
 * and at most {@value #MAX_WEEKS} weeks (100 years) in all.
 *
 * @param hoursPerWeek hours of study each week
 * @param start the first day of week 1
 */
public record Pace(double hoursPerWeek, LocalDate start) {
  /** Half an hour a week: less would spread even one topic over months. */
  public static final double MIN_HOURS_PER_WEEK = 0.5;

  /** Every hour of the week. */
  public static final double MAX_HOURS_PER_WEEK = 168;

  /** The earliest first day of a schedule. */
  public static final LocalDate EARLIEST_START = LocalDate.of(1970, 1, 1);

  /** The latest first day of a schedule: a few centuries from now, and no further. */
  public static final LocalDate LATEST_START = LocalDate.of(2299, 12, 31);

  /** The most weeks a schedule may have: 100 years. */
  public static final int MAX_WEEKS = 5_218;

  /**
   * Checks the bounds.
   *
   * @throws InvalidRequestException when the pace or the start is out of range
   */
  public Pace {
    if (!(hoursPerWeek >= MIN_HOURS_PER_WEEK) || !(hoursPerWeek <= MAX_HOURS_PER_WEEK)) {
      throw new InvalidRequestException(
          "hours per week must be at least 0.5 and at most 168, not " + hoursPerWeek);
    }
    Objects.requireNonNull(start, "start");
    if (start.isBefore(EARLIEST_START) || start.isAfter(LATEST_START)) {
      throw new InvalidRequestException(
          "the start of a schedule must be between "
              + EARLIEST_START
              + " and "
              + LATEST_START
              + ", not "
              + start);
    }
  }

  /**
   * Checks that {@code minutes} of learning fit in {@value #MAX_WEEKS} weeks at this pace, before
   * any week is built.
   *
   * @throws InvalidRequestException when they do not
   */
  void requireFits(double minutes) {
    double weeks = Math.ceil(minutes / (hoursPerWeek * 60));
    if (weeks > MAX_WEEKS) {
      throw new InvalidRequestException(
          String.format(
              java.util.Locale.ROOT,
              "the schedule would take %.0f weeks at %s hours a week, more than 100 years (%d"
                  + " weeks); raise hours per week or choose a nearer goal",
              weeks,
              hoursPerWeek,
              MAX_WEEKS));
    }
  }
}
