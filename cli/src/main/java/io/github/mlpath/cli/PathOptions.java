package io.github.mlpath.cli;

import io.github.mlpath.core.Depth;
import io.github.mlpath.core.plan.PathRequest;
import io.github.mlpath.core.plan.Strategy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * How a learning path is planned, shared by {@code path} and {@code export --path-to}: strategy,
 * resource depth, and the pace of a schedule. Together with {@link KnownOptions} and {@link
 * ResourceOptions} it makes the {@link PathRequest}.
 */
final class PathOptions {
  @Option(
      names = "--strategy",
      paramLabel = "STRATEGY",
      defaultValue = "jit",
      converter = Converters.StrategyConverter.class,
      description = "jit or math-first (default: ${DEFAULT-VALUE})")
  Strategy strategy;

  @Option(
      names = "--depth",
      paramLabel = "DEPTH",
      converter = Converters.DepthConverter.class,
      description = "Prefer resources that go this deep: intuition or rigorous.")
  Depth depth;

  @Option(
      names = "--hours-per-week",
      paramLabel = "N",
      description =
          "Make a week-by-week schedule at this pace (at least 0.5, at most 168; at most 100"
              + " years of weeks).")
  Double hoursPerWeek;

  @Option(
      names = "--start",
      paramLabel = "DATE",
      description = "First day of the schedule, YYYY-MM-DD (default: today).")
  LocalDate start;

  /** Whether any of these options was given a value of its own (the strategy counts if not jit). */
  boolean anyGiven(CommandLine cl) {
    return cl.getParseResult().hasMatchedOption("--strategy")
        || depth != null
        || hoursPerWeek != null
        || start != null;
  }

  /**
   * The request for a path to {@code goals}.
   *
   * @throws ParameterException for a schedule option that makes no sense
   */
  PathRequest request(
      List<String> goals, KnownOptions known, ResourceOptions resources, CommandLine cl) {
    PathRequest request =
        PathRequest.to(goals.toArray(String[]::new))
            .withKnown(known.known)
            .withImplied(known.implied())
            .withStrategy(strategy);
    resources.depth = Optional.ofNullable(depth);
    request = request.withPreferences(resources.preferences());
    if (start != null && hoursPerWeek == null) {
      throw new ParameterException(cl, "--start needs --hours-per-week");
    }
    if (hoursPerWeek != null) {
      request = request.withSchedule(hoursPerWeek, start == null ? LocalDate.now() : start);
    }
    return request;
  }
}
