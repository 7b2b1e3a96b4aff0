package io.github.mlpath.core.learner;

import io.github.mlpath.core.Depth;
import io.github.mlpath.core.Medium;
import io.github.mlpath.core.Records;
import io.github.mlpath.core.lookup.ResourcePreferences;
import io.github.mlpath.core.plan.Strategy;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a learner prefers, kept in their profile and used by every plan unless an option overrides
 * it for one run. Immutable; the {@code with...} methods return changed copies.
 *
 * @param hoursPerWeek the pace they set, if any; more than 0 and at most 168
 * @param start the day their schedule started, if set; status measures ahead or behind from it
 * @param medium the medium they prefer, if any
 * @param freeOnly whether they want free resources
 * @param depth intuition or rigorous, if any
 * @param strategy where their paths put math, if they chose
 */
public record Preferences(
    Optional<Double> hoursPerWeek,
    Optional<LocalDate> start,
    Optional<Medium> medium,
    boolean freeOnly,
    Optional<Depth> depth,
    Optional<Strategy> strategy) {
  /** Nothing set. */
  public static final Preferences NONE =
      new Preferences(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          false,
          Optional.empty(),
          Optional.empty());

  public Preferences {
    Records.requireNonNull(Preferences.class, hoursPerWeek, start, medium, depth, strategy);
    hoursPerWeek.ifPresent(Preferences::checkPace);
  }

  /** Rejects a pace that is not more than 0 and at most 168 hours a week. */
  public static void checkPace(double hoursPerWeek) {
    if (!(hoursPerWeek > 0) || hoursPerWeek > 168) {
      throw new IllegalArgumentException("hours per week must be more than 0 and at most 168");
    }
  }

  public Preferences withHoursPerWeek(Optional<Double> h) {
    return new Preferences(h, start, medium, freeOnly, depth, strategy);
  }

  public Preferences withStart(Optional<LocalDate> d) {
    return new Preferences(hoursPerWeek, d, medium, freeOnly, depth, strategy);
  }

  public Preferences withMedium(Optional<Medium> m) {
    return new Preferences(hoursPerWeek, start, m, freeOnly, depth, strategy);
  }

  public Preferences withFreeOnly(boolean f) {
    return new Preferences(hoursPerWeek, start, medium, f, depth, strategy);
  }

  public Preferences withDepth(Optional<Depth> d) {
    return new Preferences(hoursPerWeek, start, medium, freeOnly, d, strategy);
  }

  public Preferences withStrategy(Optional<Strategy> s) {
    return new Preferences(hoursPerWeek, start, medium, freeOnly, depth, s);
  }

  /** The resource preferences these stand for. */
  public ResourcePreferences resources() {
    return new ResourcePreferences(medium, freeOnly, depth);
  }
}
