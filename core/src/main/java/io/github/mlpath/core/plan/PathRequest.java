package io.github.mlpath.core.plan;

import io.github.mlpath.core.Records;
import io.github.mlpath.core.lookup.ResourcePreferences;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a learner asks a path for. Immutable; the {@code with...} methods return changed copies.
 * Topics are named as {@link io.github.mlpath.core.lookup.TopicResolver} accepts them.
 *
 * <pre>{@code
 * PathRequest r = PathRequest.to("activation-functions")
 *     .withKnown(List.of("python basics"))
 *     .withStrategy(Strategy.MATH_FIRST)
 *     .withPace(new Pace(6, LocalDate.of(2026, 1, 5)));
 * }</pre>
 *
 * @param goals the topics to reach; at least one
 * @param known topics already learned
 * @param implied whether knowing a topic implies knowing everything it requires
 * @param strategy where to put math
 * @param preferences what kind of resource to pick
 * @param pace hours per week and start date, for a schedule
 * @param hours how a step's learning time follows from its resource's size
 */
public record PathRequest(
    List<String> goals,
    List<String> known,
    boolean implied,
    Strategy strategy,
    ResourcePreferences preferences,
    Optional<Pace> pace,
    HoursModel hours) {
  public PathRequest {
    goals = List.copyOf(goals);
    if (goals.isEmpty()) {
      throw new IllegalArgumentException("a path needs at least one goal");
    }
    known = List.copyOf(known);
    Records.requireNonNull(PathRequest.class, strategy, preferences, pace, hours);
  }

  /** A just-in-time path to the goals, nothing known, no preference, no schedule. */
  public static PathRequest to(String... goals) {
    return new PathRequest(
        List.of(goals),
        List.of(),
        true,
        Strategy.JIT,
        ResourcePreferences.NONE,
        Optional.empty(),
        HoursModel.DEFAULT);
  }

  public PathRequest withKnown(List<String> known) {
    return new PathRequest(goals, known, implied, strategy, preferences, pace, hours);
  }

  /** With {@code false}, only the listed topics count as known ({@code --no-implied}). */
  public PathRequest withImplied(boolean implied) {
    return new PathRequest(goals, known, implied, strategy, preferences, pace, hours);
  }

  public PathRequest withStrategy(Strategy strategy) {
    return new PathRequest(goals, known, implied, strategy, preferences, pace, hours);
  }

  public PathRequest withPreferences(ResourcePreferences preferences) {
    return new PathRequest(goals, known, implied, strategy, preferences, pace, hours);
  }

  public PathRequest withPace(Pace pace) {
    return new PathRequest(goals, known, implied, strategy, preferences, Optional.of(pace), hours);
  }

  /** A schedule of {@code hoursPerWeek} hours a week starting on {@code start}. */
  public PathRequest withSchedule(double hoursPerWeek, LocalDate start) {
    return withPace(new Pace(hoursPerWeek, start));
  }

  /** With another table of estimates for steps whose resource has no confirmed size. */
  public PathRequest withEstimate(HoursEstimate estimate) {
    return withHours(hours.withFallback(estimate));
  }

  /** With another hours model. */
  public PathRequest withHours(HoursModel hours) {
    return new PathRequest(goals, known, implied, strategy, preferences, pace, hours);
  }
}
