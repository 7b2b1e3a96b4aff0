package io.github.mlpath.cli.request;

import io.github.mlpath.cli.render.StatusText;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.learner.Learner;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.core.learner.Status;
import io.github.mlpath.graph.CurriculumSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code mlpath status} and {@code GET /api/status}: the learner's progress toward each goal of the
 * profile (or of {@code --goal}), on the day the clock says.
 */
public final class StatusOperation extends Operation<StatusOperation.Request, Status> {
  static final Param<String> GOAL =
      Param.list("goal", "TOPIC", "Show these goals instead of the profile's (repeatable).")
          .withShortName("-g");

  /**
   * What {@code status} asks.
   *
   * @param goals the goals to show; empty: the profile's
   */
  public record Request(List<String> goals) {}

  private final Clock clock;

  /** The status on the day {@code clock} says. */
  public StatusOperation(Clock clock) {
    super(
        "status",
        List.of(GOAL),
        List.of(
            new TextFormat<>("text", (s, out) -> StatusText.text(s, System.console() != null, out)),
            new TextFormat<>("markdown", StatusText::markdown)),
        "Your progress toward each goal: topics and hours done and left (the estimated part"
            + " marked), a progress bar on a terminal, the finish date at your pace, whether you are"
            + " ahead or behind the schedule you set, the next three steps, and the reviews due.");
    this.clock = clock;
  }

  @Override
  public boolean readsProfile() {
    return true;
  }

  @Override
  public Request bind(Args args) {
    return new Request(GOAL.list(args));
  }

  @Override
  public Curriculum scope(CurriculumSource source, Request request) {
    return source.whole();
  }

  @Override
  public Status answer(Context context, Request request) {
    Learner learner = Learner.of(context.planner());
    Profile p = context.profile().get();
    if (!request.goals().isEmpty()) {
      p = learner.addGoals(p.withGoals(List.of()), request.goals());
    }
    return learner.status(p, LocalDate.now(clock));
  }
}
