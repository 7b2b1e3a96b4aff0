package io.github.mlpath.core.learner;

import io.github.mlpath.core.Records;
import java.time.LocalDate;

/**
 * The review schedule of one learned topic, as SM-2 keeps it, with repetitions that may be
 * fractional (implicit credit from reviewing topics that require it). Immutable; {@link Sm2} makes
 * the next one.
 *
 * @param topic the topic's id
 * @param last the day of the last review (or of learning it), explicit or implicit
 * @param due the day the next review is due: {@code last} plus {@code interval}
 * @param repetitions successful repetitions in the current run, learning counting as the first;
 *     fractional parts are implicit credit not yet worth a whole repetition
 * @param ease SM-2's E-Factor, at least 1.3, starting at 2.5
 * @param interval days from {@code last} to {@code due}, at least 1
 * @param lapses how many times the learner forgot it ({@link Grade#AGAIN})
 */
public record ReviewCard(
    String topic,
    LocalDate last,
    LocalDate due,
    double repetitions,
    double ease,
    int interval,
    int lapses) {
  public ReviewCard {
    Records.requireNonNull(ReviewCard.class, topic, last, due);
    if (!(repetitions >= 1) || !(ease >= Sm2.MIN_EASE) || interval < 1 || lapses < 0) {
      throw new IllegalArgumentException(
          "review of '" + topic + "' has repetitions, ease, interval or lapses out of range");
    }
  }
}
