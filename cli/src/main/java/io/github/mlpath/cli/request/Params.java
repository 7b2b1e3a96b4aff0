package io.github.mlpath.cli.request;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.Depth;
import io.github.mlpath.core.Medium;
import io.github.mlpath.core.lookup.ResourcePreferences;
import io.github.mlpath.core.plan.Pace;
import io.github.mlpath.core.plan.Strategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parameters several requests share, each defined once: its name on the command line and in
 * URLs, its help text and its bounds. Tighten a bound here and the CLI and the API both follow.
 */
public final class Params {
  private Params() {}

  /** The largest {@code --limit} and {@code --max-depth}. */
  public static final int MAX_COUNT = 1_000_000;

  public static final Param<String> GOAL =
      Param.list("goal", "TOPIC", "A topic to reach (repeatable): id, label or other name.")
          .withShortName("-g");

  public static final Param<String> KNOWN =
      Param.list(
              "known",
              "TOPIC",
              "Topics already learned (repeatable, comma-separated; a name with a comma in double"
                  + " quotes, or @FILE with one name a line).")
          .withShortName("-k");

  public static final Param<Boolean> NO_IMPLIED =
      Param.flag(
          "no-implied", "Do not assume that knowing a topic means knowing what it requires.");

  /**
   * Given, the learner's profile does not fill in what a request leaves out ({@link ProfileArgs}):
   * {@code --no-profile} on the command line, {@code no-profile=true} in a URL.
   */
  public static final Param<Boolean> NO_PROFILE =
      Param.flag(
          "no-profile",
          "Ignore your profile (goals, known topics, preferences): answer from the options only.");

  public static final Param<Medium> PREFER =
      Param.option(
          "prefer",
          "MEDIUM",
          "Prefer resources of this medium: video, book, interactive, course, article.",
          Values.slug(Medium.values(), Medium::slug));

  public static final Param<Boolean> FREE_ONLY =
      Param.flag("free-only", "Only resources that cost nothing.");

  public static final Param<Depth> DEPTH =
      Param.option(
          "depth",
          "DEPTH",
          "Prefer resources that go this deep: intuition or rigorous.",
          Values.slug(Depth.values(), Depth::slug));

  public static final Param<Strategy> STRATEGY =
      Param.option(
          "strategy",
          "STRATEGY",
          "jit or math-first (default: jit).",
          Values.slug(Strategy.values(), Strategy::slug));

  public static final Param<Double> HOURS_PER_WEEK =
      Param.option(
          "hours-per-week",
          "N",
          "Make a week-by-week schedule at this pace (from 0.5 to 168; at most 100 years of"
              + " weeks).",
          Values.number(Pace.MIN_HOURS_PER_WEEK, Pace.MAX_HOURS_PER_WEEK));

  public static final Param<LocalDate> START =
      Param.option(
          "start",
          "DATE",
          "First day of the schedule, YYYY-MM-DD, from 1970-01-01 to 2299-12-31 (default: today).",
          Values.date(Pace.EARLIEST_START, Pace.LATEST_START));

  public static final Param<Integer> LIMIT =
      Param.option(
          "limit", "N", "Show at most N topics (default: all).", Values.wholeNumber(1, MAX_COUNT));

  public static final Param<Integer> MAX_DEPTH =
      Param.option(
          "max-depth",
          "N",
          "Only math at most N prerequisite edges away (1: direct needs only).",
          Values.wholeNumber(1, MAX_COUNT));

  public static final Param<Boolean> SKIP_GIST_EDGES =
      Param.flag(
          "skip-gist-edges",
          "Leave out gist edges (a topic needs only the gist of another, as Metacademy's shortcut"
              + " dependencies say): the path trusts you to pick that up on the way.");

  /** The parameters that shape a path besides its goals, in help order. */
  public static final List<Param<?>> PATH_SHAPE =
      List.of(KNOWN, NO_IMPLIED, PREFER, FREE_ONLY, DEPTH, STRATEGY, HOURS_PER_WEEK, START);

  /** {@link #GOAL} and then {@link #PATH_SHAPE}: the parameters of a path. */
  public static List<Param<?>> withGoal() {
    List<Param<?>> out = new ArrayList<>();
    out.add(GOAL);
    out.addAll(PATH_SHAPE);
    return out;
  }

  /**
   * The curriculum to plan on: {@code c}, or without its gist edges with {@link #SKIP_GIST_EDGES}.
   */
  public static Curriculum planned(Curriculum c, Args args) {
    return SKIP_GIST_EDGES.on(args) ? c.withoutGistEdges() : c;
  }

  /** Whether knowing a topic implies knowing what it requires: unless {@code --no-implied}. */
  public static boolean implied(Args args) {
    return !NO_IMPLIED.on(args);
  }

  /** The resource preferences: {@code --prefer}, {@code --free-only} and, given, a depth. */
  public static ResourcePreferences preferences(Args args, Optional<Depth> depth) {
    return new ResourcePreferences(PREFER.get(args), FREE_ONLY.on(args), depth);
  }
}
