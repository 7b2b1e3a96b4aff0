package io.github.mlpath.cli.request;

import io.github.mlpath.cli.render.ProfileText;
import io.github.mlpath.core.learner.Goals;
import io.github.mlpath.core.learner.Learner;
import io.github.mlpath.core.learner.Profile;

/** {@code mlpath goal list} and {@code GET /api/goal/list}: the goals in the profile, in order. */
public final class GoalListOperation extends ProfileRead<Goals> {
  /** The operation, for {@link Operations}. */
  public GoalListOperation() {
    super(
        "goal list",
        ProfileText::goals,
        "Lists the goals in your profile: 'path', 'status' and 'next' use them when you give no"
            + " --goal.");
  }

  @Override
  Goals read(Learner learner, Profile p) {
    return learner.goals(p);
  }
}
