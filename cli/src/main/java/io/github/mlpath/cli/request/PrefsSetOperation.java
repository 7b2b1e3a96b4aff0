package io.github.mlpath.cli.request;

import io.github.mlpath.core.learner.Preferences;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code mlpath prefs set [--hours-per-week N] ...} and {@code POST /api/prefs/set}: sets the
 * preferences given, each parsed and checked by the {@link Params} of the same name (so its bounds
 * and messages are those of {@code path}), and leaves the others as they are.
 */
public final class PrefsSetOperation extends PrefsChange {
  static final Param<Double> HOURS =
      Params.HOURS_PER_WEEK.withDescription("Your pace, in hours a week (from 0.5 to 168).");
  static final Param<java.time.LocalDate> START =
      Params.START.withDescription(
          "The day your schedule started, YYYY-MM-DD; 'status' says if you are ahead or behind it.");
  static final Param<Boolean> FREE_ONLY =
      Params.FREE_ONLY.withDescription("Prefer resources that cost nothing.");
  static final Param<Boolean> NO_FREE_ONLY =
      Param.flag("no-free-only", "Any resources, free or not.");

  /** The operation, for {@link Operations}. */
  public PrefsSetOperation() {
    super(
        "prefs set",
        List.of(
            HOURS, START, Params.PREFER, FREE_ONLY, NO_FREE_ONLY, Params.DEPTH, Params.STRATEGY),
        "Sets preferences: every plan uses them unless an option of that command overrides them"
            + " for one run.");
  }

  @Override
  public UnaryOperator<Preferences> bind(Args args) {
    if (FREE_ONLY.on(args) && NO_FREE_ONLY.on(args)) {
      throw new RequestException("give %s or %s, not both", FREE_ONLY, NO_FREE_ONLY);
    }
    var hours = HOURS.get(args);
    var start = START.get(args);
    var medium = Params.PREFER.get(args);
    var depth = Params.DEPTH.get(args);
    var strategy = Params.STRATEGY.get(args);
    boolean free = FREE_ONLY.on(args);
    boolean any = NO_FREE_ONLY.on(args);
    return p -> {
      Preferences q = hours.isPresent() ? p.withHoursPerWeek(hours) : p;
      q = start.isPresent() ? q.withStart(start) : q;
      q = medium.isPresent() ? q.withMedium(medium) : q;
      q = free || any ? q.withFreeOnly(free) : q;
      q = depth.isPresent() ? q.withDepth(depth) : q;
      return strategy.isPresent() ? q.withStrategy(strategy) : q;
    };
  }
}
