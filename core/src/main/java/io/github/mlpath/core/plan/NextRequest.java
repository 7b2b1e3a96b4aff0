package io.github.mlpath.core.plan;

import java.util.List;
import java.util.Objects;

/**
 * What {@code next} asks: the topics ready to learn. Immutable.
 *
 * @param known topics already learned
 * @param implied whether knowing a topic implies knowing what it requires
 * @param goals goals to rank toward; may be empty
 * @param strategy whose learning order ranks the ready topics
 */
public record NextRequest(
    List<String> known, boolean implied, List<String> goals, Strategy strategy) {
  public NextRequest {
    known = List.copyOf(known);
    goals = List.copyOf(goals);
    Objects.requireNonNull(strategy, "strategy");
  }

  /** The request with the default strategy, just in time. */
  public NextRequest(List<String> known, boolean implied, List<String> goals) {
    this(known, implied, goals, Strategy.JIT);
  }

  /** Ready topics for a learner who knows {@code known} (with implied knowledge), no goal. */
  public static NextRequest knowing(List<String> known) {
    return new NextRequest(known, true, List.of());
  }

  public NextRequest withImplied(boolean implied) {
    return new NextRequest(known, implied, goals, strategy);
  }

  public NextRequest withGoals(List<String> goals) {
    return new NextRequest(known, implied, goals, strategy);
  }

  public NextRequest withStrategy(Strategy strategy) {
    return new NextRequest(known, implied, goals, strategy);
  }
}
