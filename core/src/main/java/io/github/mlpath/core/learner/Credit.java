package io.github.mlpath.core.learner;

import io.github.mlpath.core.Records;
import io.github.mlpath.core.TopicRef;
import java.time.LocalDate;

/**
 * Implicit review credit one prerequisite got from a review or a learned mark. Immutable.
 *
 * @param topic the prerequisite
 * @param credit the credit before the discount for coming early (0.5, 0.25 or 0.125)
 * @param repetitions its repetitions after the credit
 * @param due its next review after the credit
 */
public record Credit(TopicRef topic, double credit, double repetitions, LocalDate due) {
  public Credit {
    Records.requireNonNull(Credit.class, topic, due);
  }
}
