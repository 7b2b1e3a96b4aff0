package io.github.mlpath.cli;

import io.github.mlpath.core.Depth;
import io.github.mlpath.core.Medium;
import io.github.mlpath.core.learner.Preferences;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.core.plan.Strategy;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
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

  /** The values {@code prefs set} takes; null when not given. */
  static final class Values {
    @Option(
        names = "--hours-per-week",
        paramLabel = "N",
        description = "Your pace (more than 0, at most 168).")
    Double hoursPerWeek;

    @Option(
        names = "--start",
        paramLabel = "DATE",
        description =
            "The day your schedule started, YYYY-MM-DD; 'status' says if you are ahead or behind it.")
    LocalDate start;

    @Option(
        names = "--prefer",
        paramLabel = "MEDIUM",
        converter = Converters.MediumConverter.class,
        description = "video, book, interactive, course or article.")
    Medium medium;

    @Option(
        names = "--free-only",
        negatable = true,
        description = "Prefer free resources (--no-free-only: any).")
    Boolean freeOnly;

    @Option(
        names = "--depth",
        paramLabel = "DEPTH",
        converter = Converters.DepthConverter.class,
        description = "intuition or rigorous.")
    Depth depth;

    @Option(
        names = "--strategy",
        paramLabel = "STRATEGY",
        converter = Converters.StrategyConverter.class,
        description = "jit or math-first.")
    Strategy strategy;

    Preferences applyTo(Preferences p, PrefsCommand cmd) {
      if (hoursPerWeek != null) {
        if (!(hoursPerWeek > 0) || hoursPerWeek > 168) {
          throw new ParameterException(
              cmd.spec.commandLine(), "--hours-per-week must be more than 0 and at most 168");
        }
        p = p.withHoursPerWeek(Optional.of(hoursPerWeek));
      }
      p = start == null ? p : p.withStart(Optional.of(start));
      p = medium == null ? p : p.withMedium(Optional.of(medium));
      p = freeOnly == null ? p : p.withFreeOnly(freeOnly);
      p = depth == null ? p : p.withDepth(Optional.of(depth));
      return strategy == null ? p : p.withStrategy(Optional.of(strategy));
    }
  }

  @Command(name = "set", mixinStandardHelpOptions = true, description = "Sets preferences.")
  int set(@Mixin DataOptions data, @Mixin ProfileOptions profile, @Mixin Values values) {
    return save(data, profile, p -> values.applyTo(p, this));
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
