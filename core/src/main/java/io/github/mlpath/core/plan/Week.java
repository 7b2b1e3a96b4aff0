package io.github.mlpath.core.plan;

import io.github.mlpath.core.Records;
import java.time.LocalDate;
import java.util.List;

/**
 * One week of a schedule. Immutable.
 *
 * @param number from 1
 * @param start its first day
 * @param end its last day, six days after {@code start}
 * @param hours the hours planned in it, at most the pace's hours per week
 * @param items the steps worked on, in path order
 */
public record Week(int number, LocalDate start, LocalDate end, double hours, List<WeekItem> items) {
  public Week {
    Records.requireNonNull(Week.class, start, end);
    items = List.copyOf(items);
  }

  /** The part of {@link #hours()} spent on steps whose hours are estimated. */
  public double estimatedHours() {
    return items.stream().filter(WeekItem::estimated).mapToDouble(WeekItem::hours).sum();
  }
}
