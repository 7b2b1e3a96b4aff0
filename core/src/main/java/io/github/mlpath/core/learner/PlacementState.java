package io.github.mlpath.core.learner;

import io.github.mlpath.core.TopicRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the placement quiz stands after the answers so far. Immutable. The quiz is {@link #done()}
 * when no question is left: every topic is decided, or only skipped ones are undecided, and no
 * contradiction is open.
 *
 * @param topics how many topics the quiz decides: the scope less what was known already
 * @param answered how many topics have an answer (the later answer counting when one repeats)
 * @param known the topics that count as known, in tie-break (by default id) order
 * @param unknown the topics that count as unknown, in tie-break (by default id) order
 * @param undecided the topics neither known nor unknown yet, in tie-break (by default id) order
 * @param contradictions pairs of answers that cannot both hold, the one to resolve first first
 * @param ignored answered topics outside the quiz (known already, or outside the goals' scope)
 * @param next the next question, if any
 */
public record PlacementState(
    int topics,
    int answered,
    List<TopicRef> known,
    List<TopicRef> unknown,
    List<TopicRef> undecided,
    List<Contradiction> contradictions,
    List<TopicRef> ignored,
    Optional<Question> next) {
  public PlacementState {
    known = List.copyOf(known);
    unknown = List.copyOf(unknown);
    undecided = List.copyOf(undecided);
    contradictions = List.copyOf(contradictions);
    ignored = List.copyOf(ignored);
    Objects.requireNonNull(next, "next");
  }

  /** Whether the quiz has nothing more to ask. */
  public boolean done() {
    return next.isEmpty();
  }
}
