package io.github.mlpath.cli.request;

import io.github.mlpath.cli.render.ProfileText;
import io.github.mlpath.core.learner.Goals;
import io.github.mlpath.core.learner.Learner;
import io.github.mlpath.core.learner.Profile;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** {@code mlpath goal add TOPIC...} and {@code POST /api/goal/add}: adds goals, in order. */
public final class GoalAddOperation extends ProfileChange<Goals> {
  /** The operation, for {@link Operations}. */
  public GoalAddOperation(Clock clock) {
    super(
        "goal add",
        "Goals to add, in order: id, label or other name.",
        ProfileText::changedGoals,
        clock,
        Goals::profile,
        "Adds goals, in order.");
  }

  @Override
  Goals change(Learner learner, Profile p, List<String> topics, LocalDate today) {
    return learner.goals(learner.addGoals(p, topics));
  }
}
