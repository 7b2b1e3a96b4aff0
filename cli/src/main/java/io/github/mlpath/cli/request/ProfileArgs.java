package io.github.mlpath.cli.request;

import io.github.mlpath.core.Slugged;
import io.github.mlpath.core.learner.Preferences;
import io.github.mlpath.core.learner.Profile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The {@link Args} of a request with the learner's profile filling in what the request does not
 * give: its goals ({@code goal}), what it knows ({@code known}: the marked and implied topics the
 * curriculum has), and its pace, medium, free-only, depth and strategy. A parameter the request
 * gives overrides the profile's value for that request, field by field (a request with a goal but
 * no {@code known} still starts from what the profile knows, at its pace); the profile's start date
 * is not used, so a schedule starts today with what is left. The command line and the API follow
 * this one rule: {@link #fillsIn} says when, {@link #over} how.
 */
public final class ProfileArgs implements Args {
  private final Args given;
  private final Map<String, List<String>> defaults;

  private ProfileArgs(Args given, Map<String, List<String>> defaults) {
    this.given = given;
    this.defaults = defaults;
  }

  /**
   * Whether the learner's profile fills in a request to {@code op}: {@code op} plans for a learner
   * (it takes {@link Params#KNOWN}, and so {@link Params#NO_PROFILE}) and the request does not say
   * {@code no-profile}.
   */
  public static boolean fillsIn(Operation<?, ?> op, Args given) {
    return shapes(op) && !Params.NO_PROFILE.on(given);
  }

  /** Whether {@code op} plans for a learner, so that a profile can fill in its requests. */
  public static boolean shapes(Operation<?, ?> op) {
    return op.params().contains(Params.NO_PROFILE);
  }

  /**
   * {@code given}, then {@code profile}; {@code present} says which topic ids the curriculum has
   * (the others stay in the profile but are left out here).
   */
  public static ProfileArgs over(Args given, Profile profile, Predicate<String> present) {
    Map<String, List<String>> d = new HashMap<>();
    d.put(Params.GOAL.name(), profile.goals().stream().filter(present).toList());
    d.put(Params.KNOWN.name(), profile.knownIds().stream().filter(present).toList());
    Preferences p = profile.preferences();
    p.hoursPerWeek().ifPresent(h -> d.put(Params.HOURS_PER_WEEK.name(), List.of(h.toString())));
    slug(p.medium()).ifPresent(s -> d.put(Params.PREFER.name(), List.of(s)));
    slug(p.depth()).ifPresent(s -> d.put(Params.DEPTH.name(), List.of(s)));
    slug(p.strategy()).ifPresent(s -> d.put(Params.STRATEGY.name(), List.of(s)));
    if (p.freeOnly()) {
      d.put(Params.FREE_ONLY.name(), List.of("true"));
    }
    return new ProfileArgs(given, Map.copyOf(d));
  }

  private static Optional<String> slug(Optional<? extends Slugged> value) {
    return value.map(Slugged::slug);
  }

  @Override
  public List<String> values(Param<?> param) {
    List<String> v = given.values(param);
    return v.isEmpty() ? defaults.getOrDefault(param.name(), List.of()) : v;
  }
}
