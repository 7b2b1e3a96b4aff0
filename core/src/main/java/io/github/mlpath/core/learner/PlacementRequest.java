package io.github.mlpath.core.learner;

import java.util.List;

/**
 * What the placement quiz is asked: the scope, what is known already, and the answers so far, in
 * the order given. Immutable.
 *
 * @param goals the quiz asks about these topics and all they require; empty for the whole
 *     curriculum
 * @param known topics known already (such as the profile's); never asked, with all they require
 * @param answers the answers so far, in order; a later answer on a topic replaces an earlier one
 */
public record PlacementRequest(List<String> goals, List<String> known, List<Answer> answers) {
  public PlacementRequest {
    goals = List.copyOf(goals);
    known = List.copyOf(known);
    answers = List.copyOf(answers);
  }

  /** A quiz over the whole curriculum with nothing known and no answer yet. */
  public static final PlacementRequest WHOLE =
      new PlacementRequest(List.of(), List.of(), List.of());

  public PlacementRequest withAnswers(List<Answer> answers) {
    return new PlacementRequest(goals, known, answers);
  }
}
