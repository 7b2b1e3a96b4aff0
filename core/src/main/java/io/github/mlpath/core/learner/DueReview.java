package io.github.mlpath.core.learner;

import io.github.mlpath.core.Records;
import io.github.mlpath.core.TopicRef;
import java.time.LocalDate;

/**
 * One topic's review as a list shows it. Immutable.
 *
 * @param topic the topic
 * @param due the day its review is due
 * @param overdueDays days past due on the day asked (0 when due that day, negative when not yet)
 * @param last the day of its last review or of learning it
 * @param repetitions its successful repetitions so far, implicit credit included
 */
public record DueReview(
    TopicRef topic, LocalDate due, long overdueDays, LocalDate last, double repetitions) {
  public DueReview {
    Records.requireNonNull(DueReview.class, topic, due, last);
  }
}
