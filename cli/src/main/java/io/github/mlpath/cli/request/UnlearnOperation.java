package io.github.mlpath.cli.request;

import io.github.mlpath.cli.render.ProfileText;
import io.github.mlpath.core.learner.Learner;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.core.learner.UnlearnReport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code mlpath unlearn TOPIC...} and {@code POST /api/unlearn}: removes marks from the profile.
 */
public final class UnlearnOperation extends ProfileChange<UnlearnReport> {
  /** The operation, for {@link Operations}. */
  public UnlearnOperation(Clock clock) {
    super(
        "unlearn",
        "Topics to unmark.",
        ProfileText::unlearned,
        clock,
        UnlearnReport::profile,
        "Removes the learned marks of topics (and their review schedules). Only marks go: a topic"
            + " that other marked topics require stays known, and mlpath says which ones keep it.");
  }

  @Override
  UnlearnReport change(Learner learner, Profile p, List<String> topics, LocalDate today) {
    return learner.unlearn(p, topics);
  }
}
