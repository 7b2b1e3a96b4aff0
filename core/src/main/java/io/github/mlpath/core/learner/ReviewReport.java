package io.github.mlpath.core.learner;

import io.github.mlpath.core.TopicRef;
import java.util.List;
import java.util.Objects;

/**
 * What recording one review did. Immutable.
 *
 * @param profile the profile after the change
 * @param topic the reviewed topic
 * @param grade how the review went
 * @param card its review schedule after the review
 * @param credited the prerequisites that got implicit credit (none when forgotten)
 */
public record ReviewReport(
    Profile profile, TopicRef topic, Grade grade, ReviewCard card, List<Credit> credited) {
  public ReviewReport {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(card, "card");
    credited = List.copyOf(credited);
  }
}
