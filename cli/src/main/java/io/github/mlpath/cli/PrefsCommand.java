package io.github.mlpath.cli;

import io.github.mlpath.cli.render.ProfileText;
import io.github.mlpath.cli.request.Args;
import io.github.mlpath.cli.request.ExitCodes;
import io.github.mlpath.cli.request.Param;
import io.github.mlpath.cli.request.Params;
import io.github.mlpath.core.learner.Preferences;
import io.github.mlpath.core.learner.Profile;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mlpath prefs set|unset|show}: the preferences kept in the profile. */
@Command(
    name = "prefs",
    mixinStandardHelpOptions = true,
    description = {
      "Your preferences: every plan uses them unless an option of that command overrides them for"
          + " one run."
    })
final class PrefsCommand {
  @Spec CommandSpec spec;

  /**
   * The values {@code prefs set} takes, as typed; each is parsed and checked by the shared {@link
   * Params} of the same name, so its bounds and messages are those of {@code path}.
   */
  static final class Values {
    @Option(
        names = "--hours-per-week",
        paramLabel = "N",
        description = "Your pace (more than 0, at most 168).")
    String hoursPerWeek;

    @Option(
        names = "--start",
        paramLabel = "DATE",
        description =
            "The day your schedule started, YYYY-MM-DD; 'status' says if you are ahead or behind it.")
    String start;

    @Option(
        names = "--prefer",
        paramLabel = "MEDIUM",
        description = "video, book, interactive, course or article.")
    String medium;

    @Option(
        names = "--free-only",
        negatable = true,
        description = "Prefer free resources (--no-free-only: any).")
    Boolean freeOnly;

    @Option(names = "--depth", paramLabel = "DEPTH", description = "intuition or rigorous.")
    String depth;

    @Option(names = "--strategy", paramLabel = "STRATEGY", description = "jit or math-first.")
    String strategy;

    Preferences applyTo(Preferences p) {
      Map<Param<?>, String> given = new HashMap<>();
      given.put(Params.HOURS_PER_WEEK, hoursPerWeek);
      given.put(Params.START, start);
      given.put(Params.PREFER, medium);
      given.put(Params.DEPTH, depth);
      given.put(Params.STRATEGY, strategy);
      Args args = param -> given.get(param) == null ? List.of() : List.of(given.get(param));
      p = hoursPerWeek == null ? p : p.withHoursPerWeek(Params.HOURS_PER_WEEK.get(args));
      p = start == null ? p : p.withStart(Params.START.get(args));
      p = medium == null ? p : p.withMedium(Params.PREFER.get(args));
      p = freeOnly == null ? p : p.withFreeOnly(freeOnly);
      p = depth == null ? p : p.withDepth(Params.DEPTH.get(args));
      return strategy == null ? p : p.withStrategy(Params.STRATEGY.get(args));
    }
  }

  @Command(name = "set", mixinStandardHelpOptions = true, description = "Sets preferences.")
  int set(@Mixin DataOptions data, @Mixin ProfileOptions profile, @Mixin Values values) {
    return save(data, profile, p -> values.applyTo(p));
  }

  @Command(
      name = "unset",
      mixinStandardHelpOptions = true,
      description =
          "Forgets preferences: hours-per-week, start, prefer, free-only, depth, strategy.")
  int unset(
      @Mixin DataOptions data,
      @Mixin ProfileOptions profile,
      @Parameters(arity = "1..*", paramLabel = "NAME") List<String> names) {
    return save(data, profile, p -> without(p, names));
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows the preferences.")
  int show(@Mixin DataOptions data, @Mixin ProfileOptions profile) {
    PrintWriter out = spec.commandLine().getOut();
    ProfileText.preferences(LearnerSession.store(data, profile).read().preferences(), out);
    out.flush();
    return ExitCodes.OK;
  }

  private Preferences without(Preferences p, List<String> names) {
    for (String name : names) {
      p =
          switch (name) {
            case "hours-per-week" -> p.withHoursPerWeek(Optional.empty());
            case "start" -> p.withStart(Optional.empty());
            case "prefer" -> p.withMedium(Optional.empty());
            case "free-only" -> p.withFreeOnly(false);
            case "depth" -> p.withDepth(Optional.empty());
            case "strategy" -> p.withStrategy(Optional.empty());
            default ->
                throw new ParameterException(
                    spec.commandLine(),
                    "no preference '"
                        + name
                        + "'; there are hours-per-week, start, prefer, free-only,"
                        + " depth and strategy");
          };
    }
    return p;
  }

  private int save(
      DataOptions data, ProfileOptions profile, java.util.function.UnaryOperator<Preferences> f) {
    Profile p =
        LearnerSession.store(data, profile)
            .update(before -> before.withPreferences(f.apply(before.preferences())));
    PrintWriter out = spec.commandLine().getOut();
    ProfileText.preferences(p.preferences(), out);
    out.flush();
    return ExitCodes.OK;
  }
}
