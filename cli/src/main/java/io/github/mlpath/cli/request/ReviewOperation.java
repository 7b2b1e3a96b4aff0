package io.github.mlpath.cli.request;

import io.github.mlpath.cli.render.StatusText;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.learner.Learner;
import io.github.mlpath.core.learner.ReviewList;
import io.github.mlpath.graph.CurriculumSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code mlpath review} and {@code GET /api/review}: the learned topics due for review on the day
 * the clock says, most overdue first, and the next one due.
 */
public final class ReviewOperation extends Operation<ReviewOperation.Request, ReviewList> {
  /** {@code review} takes nothing but the profile. */
  public record Request() {}

  private final Clock clock;

  /** The reviews due on the day {@code clock} says. */
  public ReviewOperation(Clock clock) {
    super(
        "review",
        List.of(),
        List.of(new TextFormat<>("text", StatusText::reviews)),
        "The learned topics due for review today, most overdue first (SM-2 spacing; see"
            + " docs/planning.md). Record a review with 'mlpath reviewed TOPIC'.");
    this.clock = clock;
  }

  @Override
  public boolean readsProfile() {
    return true;
  }

  @Override
  public Request bind(Args args) {
    return new Request();
  }

  @Override
  public Curriculum scope(CurriculumSource source, Request request) {
    return source.whole();
  }

  @Override
  public ReviewList answer(Context context, Request request) {
    return Learner.of(context.planner()).due(context.profile().get(), LocalDate.now(clock));
  }
}
