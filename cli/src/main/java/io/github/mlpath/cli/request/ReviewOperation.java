package io.github.mlpath.cli.request;

import io.github.mlpath.cli.render.StatusText;
import io.github.mlpath.core.learner.Learner;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.core.learner.ReviewList;
import java.time.Clock;
import java.time.LocalDate;

/**
 * {@code mlpath review} and {@code GET /api/review}: the learned topics due for review on the day
 * the clock says, most overdue first, and the next one due.
 */
public final class ReviewOperation extends ProfileRead<ReviewList> {
  private final Clock clock;

  /** The reviews due on the day {@code clock} says. */
  public ReviewOperation(Clock clock) {
    super(
        "review",
        StatusText::reviews,
        "The learned topics due for review today, most overdue first (SM-2 spacing; see"
            + " docs/planning.md). Record a review with 'mlpath reviewed TOPIC'.");
    this.clock = clock;
  }

  @Override
  ReviewList read(Learner learner, Profile p) {
    return learner.due(p, LocalDate.now(clock));
  }
}
