package io.github.mlpath.cli.request;

import io.github.mlpath.cli.render.ProfileText;
import io.github.mlpath.core.learner.Goals;
import io.github.mlpath.core.learner.Learner;
import io.github.mlpath.core.learner.Profile;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** {@code mlpath goal remove TOPIC...} and {@code POST /api/goal/remove}: removes goals. */
public final class GoalRemoveOperation extends ProfileChange<Goals> {
  /** The operation, for {@link Operations}. */
  public GoalRemoveOperation(Clock clock) {
    super(
        "goal remove",
        "Goals to remove: id, label or other name.",
        ProfileText::changedGoals,
        clock,
        Goals::profile,
        "Removes goals.");
  }

  @Override
  Goals change(Learner learner, Profile p, List<String> topics, LocalDate today) {
    return learner.goals(learner.removeGoals(p, topics));
  }
}
