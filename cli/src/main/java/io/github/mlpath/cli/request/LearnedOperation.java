package io.github.mlpath.cli.request;

import io.github.mlpath.cli.render.ProfileText;
import io.github.mlpath.core.learner.LearnReport;
import io.github.mlpath.core.learner.Learner;
import io.github.mlpath.core.learner.Profile;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** {@code mlpath learned TOPIC...} and {@code POST /api/learned}: marks topics learned today. */
public final class LearnedOperation extends ProfileChange<LearnReport> {
  /** Marks on the day {@code clock} says. */
  public LearnedOperation(Clock clock) {
    super(
        "learned",
        "Topics you learned: id, label or other name.",
        ProfileText::learned,
        clock,
        LearnReport::profile,
        "Marks topics learned today in your profile. What they require counts as known too, kept"
            + " apart as implied. Each learned topic comes due for review (see 'mlpath review'),"
            + " and the prerequisites you already review get credit for it.");
  }

  @Override
  LearnReport change(Learner learner, Profile p, List<String> topics, LocalDate today) {
    return learner.learn(p, topics, today);
  }
}
