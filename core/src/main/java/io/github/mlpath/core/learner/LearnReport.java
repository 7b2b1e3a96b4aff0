package io.github.mlpath.core.learner;

import io.github.mlpath.core.TopicRef;
import java.util.List;
import java.util.Objects;

/**
 * What marking topics learned did. Immutable.
 *
 * @param profile the profile after the change
 * @param marked the topics newly marked
 * @param alreadyMarked the topics that were marked already, left as they were
 * @param newlyImplied the topics that count as known now because the marked ones require them
 * @param credited the review schedules of prerequisites that got implicit credit
 */
public record LearnReport(
    Profile profile,
    List<TopicRef> marked,
    List<TopicRef> alreadyMarked,
    List<TopicRef> newlyImplied,
    List<Credit> credited) {
  public LearnReport {
    Objects.requireNonNull(profile, "profile");
    marked = List.copyOf(marked);
    alreadyMarked = List.copyOf(alreadyMarked);
    newlyImplied = List.copyOf(newlyImplied);
    credited = List.copyOf(credited);
  }
}
