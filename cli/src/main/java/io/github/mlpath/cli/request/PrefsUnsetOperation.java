package io.github.mlpath.cli.request;

import io.github.mlpath.core.learner.Preferences;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@code mlpath prefs unset NAME...} and {@code POST /api/prefs/unset}: forgets preferences, each
 * named as {@code prefs set} names it.
 */
public final class PrefsUnsetOperation extends PrefsChange {
  private static final Map<String, UnaryOperator<Preferences>> UNSET = unsetters();

  static final Param<String> NAME =
      Param.positionals(
          0, "name", "NAME", "Preferences to forget: " + String.join(", ", UNSET.keySet()) + ".");

  /** The operation, for {@link Operations}. */
  public PrefsUnsetOperation() {
    super(
        "prefs unset",
        List.of(NAME),
        "Forgets preferences: " + String.join(", ", UNSET.keySet()) + ".");
  }

  private static Map<String, UnaryOperator<Preferences>> unsetters() {
    Map<String, UnaryOperator<Preferences>> m = new LinkedHashMap<>();
    m.put(Params.HOURS_PER_WEEK.name(), p -> p.withHoursPerWeek(Optional.empty()));
    m.put(Params.START.name(), p -> p.withStart(Optional.empty()));
    m.put(Params.PREFER.name(), p -> p.withMedium(Optional.empty()));
    m.put(Params.FREE_ONLY.name(), p -> p.withFreeOnly(false));
    m.put(Params.DEPTH.name(), p -> p.withDepth(Optional.empty()));
    m.put(Params.STRATEGY.name(), p -> p.withStrategy(Optional.empty()));
    return m;
  }

  @Override
  public UnaryOperator<Preferences> bind(Args args) {
    List<String> names = NAME.list(args);
    if (names.isEmpty()) {
      throw new RequestException("missing %s", NAME);
    }
    for (String name : names) {
      if (!UNSET.containsKey(name)) {
        throw RequestException.badValue(
            NAME, "no preference '" + name + "'; there are " + String.join(", ", UNSET.keySet()));
      }
    }
    return p -> unset(p, names);
  }

  private static Preferences unset(Preferences p, List<String> names) {
    for (String name : names) {
      p = UNSET.get(name).apply(p);
    }
    return p;
  }
}
