package io.github.mlpath.cli.request;

import io.github.mlpath.cli.render.ProfileText;
import io.github.mlpath.core.learner.Grade;
import io.github.mlpath.core.learner.Learner;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.core.learner.ReviewReport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code mlpath reviewed TOPIC [--again|--hard|--good|--easy]} and {@code POST /api/reviewed}:
 * records one review of a learned topic, today.
 */
public final class ReviewedOperation
    extends ProfileUpdate<ReviewedOperation.Request, ReviewReport> {
  static final Param<String> TOPIC =
      Param.positional(0, "topic", "TOPIC", "The topic you reviewed.");
  static final Param<Boolean> AGAIN =
      Param.flag("again", "You forgot it: start its reviews again.");
  static final Param<Boolean> HARD = Param.flag("hard", "You recalled it with serious difficulty.");
  static final Param<Boolean> GOOD =
      Param.flag("good", "You recalled it after some thought (the default).");
  static final Param<Boolean> EASY = Param.flag("easy", "You recalled it at once.");
  private static final Map<Param<Boolean>, Grade> GRADES =
      Map.of(AGAIN, Grade.AGAIN, HARD, Grade.HARD, GOOD, Grade.GOOD, EASY, Grade.EASY);

  /**
   * What {@code reviewed} records.
   *
   * @param topic the topic's name
   * @param grade how the review went
   */
  public record Request(String topic, Grade grade) {}

  /** Reviews on the day {@code clock} says. */
  public ReviewedOperation(Clock clock) {
    super(
        "reviewed",
        List.of(TOPIC, AGAIN, HARD, GOOD, EASY),
        ProfileText::reviewed,
        clock,
        ReviewReport::profile,
        "Records that you reviewed a topic today and how it went (default --good). The next review"
            + " moves out by SM-2; a recalled review also counts, in part, for the prerequisites"
            + " you review (0.5 a direct one, 0.25 two edges down, 0.125 three).");
  }

  @Override
  public Request bind(Args args) {
    String topic = TOPIC.require(args);
    List<Param<Boolean>> given =
        List.of(AGAIN, HARD, GOOD, EASY).stream().filter(g -> g.on(args)).toList();
    if (given.size() > 1) {
      throw new RequestException("give at most one of %s, %s, %s and %s", AGAIN, HARD, GOOD, EASY);
    }
    return new Request(topic, given.isEmpty() ? Grade.GOOD : GRADES.get(given.get(0)));
  }

  @Override
  ReviewReport change(Learner learner, Profile p, Request request, LocalDate today) {
    return learner.reviewed(p, request.topic(), request.grade(), today);
  }
}
