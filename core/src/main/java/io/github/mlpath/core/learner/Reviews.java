package io.github.mlpath.core.learner;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.plan.Planner;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Recording reviews, flowing implicit credit down, and listing what is due. Stateless. */
final class Reviews {
  private Reviews() {}

  /**
   * Gives the review schedules of {@code v}'s prerequisites in {@code cards} their implicit credit
   * for a repetition of {@code v} on {@code day}, changing {@code cards}.
   */
  static List<Credit> credit(Curriculum c, Map<String, ReviewCard> cards, int v, LocalDate day) {
    List<Credit> out = new ArrayList<>();
    ImplicitCredit.from(c, v)
        .forEach(
            (w, credit) -> {
              ReviewCard card = cards.get(c.id(w));
              if (card != null) {
                ReviewCard after = Sm2.credit(card, credit, day);
                if (!after.equals(card)) {
                  cards.put(c.id(w), after);
                  out.add(new Credit(TopicRef.of(c, w), credit, after.repetitions(), after.due()));
                }
              }
            });
    return out;
  }

  /**
   * Records a review of {@code name} graded {@code grade} on {@code day}. A known topic with no
   * schedule yet (implied, or placed by the quiz) starts one, as if learned that day.
   *
   * @throws LearnerException when the profile does not count the topic as known
   */
  static ReviewReport reviewed(
      Planner planner, Profile profile, String name, Grade grade, LocalDate day) {
    Curriculum c = planner.curriculum();
    int v = planner.resolve(name);
    String id = c.id(v);
    if (!planner.known(Marks.present(c, profile.knownIds()), true).get(v)) {
      throw new LearnerException(
          "'" + id + "' is not learned yet; mark it first with: mlpath learned " + id);
    }
    Map<String, ReviewCard> cards = Marks.cardsByTopic(profile.reviews());
    ReviewCard before = cards.get(id);
    ReviewCard after = before == null ? Sm2.learned(id, day) : Sm2.review(before, grade, day);
    cards.put(id, after);
    List<Credit> credited = grade.recalled() ? credit(c, cards, v, day) : List.of();
    return new ReviewReport(
        profile.withReviews(List.copyOf(cards.values())),
        TopicRef.of(c, v),
        grade,
        after,
        credited);
  }

  /** The reviews due on {@code day}, most overdue first, and the next one after. */
  static ReviewList due(Planner planner, Profile profile, LocalDate day) {
    Curriculum c = planner.curriculum();
    List<DueReview> due = new ArrayList<>();
    List<DueReview> later = new ArrayList<>();
    for (ReviewCard card : profile.reviews()) {
      c.indexOf(card.topic())
          .ifPresent(
              v -> {
                DueReview d =
                    new DueReview(
                        TopicRef.of(c, v),
                        card.due(),
                        ChronoUnit.DAYS.between(card.due(), day),
                        card.last(),
                        card.repetitions());
                (card.due().isAfter(day) ? later : due).add(d);
              });
    }
    Comparator<DueReview> byDue =
        Comparator.comparing(DueReview::due).thenComparing(d -> d.topic().id());
    due.sort(byDue);
    Optional<DueReview> next = later.stream().min(byDue);
    return new ReviewList(day, due, next);
  }
}
