package io.github.mlpath.core.learner;

import io.github.mlpath.core.TopicRef;
import java.util.List;
import java.util.Objects;

/**
 * What removing marks did: only marked topics lose their mark; what stays known is said. Immutable.
 *
 * @param profile the profile after the change
 * @param unmarked the topics whose mark (and review schedule) was removed
 * @param unmarkedMissing ids of removed marks whose topic the curriculum no longer has
 * @param notMarked named topics that had no mark, each with the marks that imply it (empty when it
 *     was not known at all)
 * @param stillKnown unmarked topics that stay known because other marks require them
 * @param noLongerKnown topics that were implied and no longer are
 */
public record UnlearnReport(
    Profile profile,
    List<TopicRef> unmarked,
    List<String> unmarkedMissing,
    List<Implication> notMarked,
    List<Implication> stillKnown,
    List<TopicRef> noLongerKnown) {
  public UnlearnReport {
    Objects.requireNonNull(profile, "profile");
    unmarked = List.copyOf(unmarked);
    unmarkedMissing = List.copyOf(unmarkedMissing);
    notMarked = List.copyOf(notMarked);
    stillKnown = List.copyOf(stillKnown);
    noLongerKnown = List.copyOf(noLongerKnown);
  }
}
