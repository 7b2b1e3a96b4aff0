package io.github.mlpath.core.learner;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The review rule: SuperMemo's SM-2 (P. A. Woźniak, 1987), with one extension for implicit,
 * fractional repetitions.
 *
 * <ul>
 *   <li>Learning a topic is its first repetition: ease 2.5, next review after 1 day.
 *   <li>A recalled review (quality q of 3 or more: hard, good, easy) first updates the ease, {@code
 *       EF' = EF + 0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)}, never below 1.3, then counts as the
 *       next repetition n: the interval after repetition 2 is 6 days, after each later one the
 *       previous interval times the ease, rounded up.
 *   <li>A forgotten review (again) starts the repetitions again from the first (1 day), without
 *       changing the ease, and counts a lapse.
 *   <li>Implicit credit c (from reviewing or learning a topic that requires this one; see {@link
 *       ImplicitCredit}) is discounted by how early it comes, {@code c * min(1, days since the last
 *       review / interval)}, since a repetition right after the last one does little, and added to
 *       the repetitions. When the total passes a whole number, that counts as a repetition graded
 *       good, on that day; until then the due date stays.
 * </ul>
 *
 * Dates before a card's last review count as that day. Stateless.
 */
public final class Sm2 {
  /** The ease of a newly learned topic. */
  public static final double START_EASE = 2.5;

  /** The lowest ease SM-2 allows. */
  public static final double MIN_EASE = 1.3;

  private Sm2() {}

  /** The card of a topic learned on {@code day}: first repetition, due the next day. */
  public static ReviewCard learned(String topic, LocalDate day) {
    return new ReviewCard(topic, day, day.plusDays(1), 1, START_EASE, 1, 0);
  }

  /** The card after an explicit review graded {@code grade} on {@code day}. */
  public static ReviewCard review(ReviewCard c, Grade grade, LocalDate day) {
    LocalDate d = day.isBefore(c.last()) ? c.last() : day;
    if (!grade.recalled()) {
      return new ReviewCard(c.topic(), d, d.plusDays(1), 1, c.ease(), 1, c.lapses() + 1);
    }
    int q = grade.quality();
    double ease = Math.max(MIN_EASE, c.ease() + 0.1 - (5 - q) * (0.08 + (5 - q) * 0.02));
    ease = Math.round(ease * 1000) / 1000.0;
    int n = (int) Math.floor(c.repetitions()) + 1;
    int interval = interval(n, c.interval(), ease);
    return new ReviewCard(c.topic(), d, d.plusDays(interval), n, ease, interval, c.lapses());
  }

  /** The card after implicit credit {@code credit} (0 to 1) on {@code day}. */
  public static ReviewCard credit(ReviewCard c, double credit, LocalDate day) {
    long elapsed = ChronoUnit.DAYS.between(c.last(), day);
    if (!(credit > 0) || elapsed <= 0) {
      return c;
    }
    double effective = Math.min(1, credit) * Math.min(1.0, (double) elapsed / c.interval());
    double reps = Math.round((c.repetitions() + effective) * 1000) / 1000.0;
    int n = (int) Math.floor(reps);
    if (n == (int) Math.floor(c.repetitions())) {
      return new ReviewCard(c.topic(), c.last(), c.due(), reps, c.ease(), c.interval(), c.lapses());
    }
    int interval = interval(n, c.interval(), c.ease());
    return new ReviewCard(
        c.topic(), day, day.plusDays(interval), reps, c.ease(), interval, c.lapses());
  }

  /** SM-2's interval after repetition {@code n}: 1, 6, then the previous times the ease. */
  static int interval(int n, int previous, double ease) {
    if (n <= 1) {
      return 1;
    }
    if (n == 2) {
      return 6;
    }
    return (int) Math.ceil(previous * ease);
  }
}
