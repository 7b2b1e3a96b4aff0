package io.github.mlpath.core.learner;

import io.github.mlpath.core.Records;
import io.github.mlpath.core.TopicRef;
import java.util.List;

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
    Records.requireNonNull(ReviewReport.class, profile, topic, grade, card);
    credited = List.copyOf(credited);
  }
}
