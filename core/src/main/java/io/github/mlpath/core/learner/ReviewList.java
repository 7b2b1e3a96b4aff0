package io.github.mlpath.core.learner;

import io.github.mlpath.core.Records;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The reviews due on one day. Immutable.
 *
 * @param day the day asked about
 * @param due the reviews due that day or earlier, most overdue first, ties by id
 * @param next the earliest review not yet due, if any
 */
public record ReviewList(LocalDate day, List<DueReview> due, Optional<DueReview> next) {
  public ReviewList {
    Records.requireNonNull(ReviewList.class, day, next);
    due = List.copyOf(due);
  }
}
