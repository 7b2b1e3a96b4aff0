package io.github.mlpath.core.learner;

import io.github.mlpath.core.plan.Planner;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * The placement quiz (knowledge-space theory): "Can you do X?" about the topics of the goals'
 * closure, or of the whole curriculum, until the learner's known set is determined. A yes decides X
 * and everything it requires known; a no decides X and everything that requires it unknown. The
 * next question is the undecided topic X that maximises {@code up * down}, where {@code up} counts
 * the undecided topics a yes would decide (X and its undecided prerequisites) and {@code down}
 * those a no would decide (X and its undecided dependents): a question both balanced and decisive
 * (on a chain of undecided topics it is the middle one, a binary search). Ties go to the larger
 * {@code up + down}, then to the tie-break order. Skipped topics are not asked again. Contradictory
 * answers are never kept: while one is open, the next question resolves it. Thread-safe; the
 * sessions it starts are not.
 *
 * <pre>{@code
 * Placement quiz = Placement.of(planner, checks);
 * PlacementState s = quiz.evaluate(new PlacementRequest(List.of("backpropagation"), List.of(),
 *     List.of(new Answer("derivatives", Reply.YES))));
 * s.next().ifPresent(q -> System.out.println("Can you do " + q.topic().label() + "?"));
 * }</pre>
 */
public final class Placement {
  private final Planner planner;
  private final SelfChecks checks;

  private Placement(Planner planner, SelfChecks checks) {
    this.planner = planner;
    this.checks = checks;
  }

  /** The quiz on {@code planner}'s curriculum, showing {@code checks} with its questions. */
  public static Placement of(Planner planner, SelfChecks checks) {
    return new Placement(Objects.requireNonNull(planner), Objects.requireNonNull(checks));
  }

  Planner planner() {
    return planner;
  }

  SelfChecks checks() {
    return checks;
  }

  /**
   * A new quiz about {@code goals} and all they require (the whole curriculum when empty), never
   * asking about {@code known} or what it requires. Umbrella topics are groupings, not asked about:
   * an umbrella goal stands for its parts.
   *
   * @throws io.github.mlpath.core.UnknownTopicException for a name that matches no topic
   * @throws io.github.mlpath.core.CurriculumException when the scope is too large for one quiz
   */
  public PlacementSession start(List<String> goals, List<String> known) {
    BitSet scope;
    if (goals.isEmpty()) {
      scope = new BitSet();
      scope.set(0, planner.curriculum().size());
      scope.andNot(planner.curriculum().umbrellas());
    } else {
      scope = planner.known(goals, true);
    }
    scope.andNot(planner.known(known, true));
    return new PlacementSession(
        this, KnowledgeSpace.of(planner.curriculum(), planner.ranking(), scope));
  }

  /** Where the quiz stands after the request's answers, replayed in order. */
  public PlacementState evaluate(PlacementRequest request) {
    PlacementSession s = start(request.goals(), request.known());
    request.answers().forEach(s::answer);
    return s.state();
  }
}
