package io.github.mlpath.cli.request;

import io.github.mlpath.cli.render.PathText;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.plan.LearningPath;
import io.github.mlpath.core.plan.PathRequest;
import io.github.mlpath.core.plan.Strategy;
import io.github.mlpath.graph.CurriculumSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** {@code mlpath path} and {@code /api/path}: the learner's path to one or more goals. */
public final class PathOperation extends Operation<PathRequest, LearningPath> {
  private final Clock clock;

  /** Schedules without {@code --start} start today by {@code clock}. */
  public PathOperation(Clock clock) {
    super(
        "path",
        Params.withGoal(),
        List.of(
            new TextFormat<>("text", PathText::text),
            new TextFormat<>("markdown", PathText::markdown)),
        "The learning path to one or more goals: each step with why it is there, the resource to"
            + " use and the running total of hours.",
        "jit (default): programming first, then a first project, then ML concepts, each math topic"
            + " right before the first step that needs it. math-first: every math topic as early as"
            + " possible.");
    this.clock = clock;
  }

  @Override
  public PathRequest bind(Args args) {
    List<String> goals = Params.GOAL.list(args);
    if (goals.isEmpty()) {
      throw new RequestException("missing %s", Params.GOAL);
    }
    return request(goals, args);
  }

  /**
   * The request for a path to {@code goals} shaped by {@link Params#PATH_SHAPE}, for every command
   * that plans one ({@code export --path-to} too).
   */
  public PathRequest request(List<String> goals, Args args) {
    PathRequest r =
        PathRequest.to(goals.toArray(String[]::new))
            .withKnown(Params.KNOWN.list(args))
            .withImplied(Params.implied(args))
            .withStrategy(Params.STRATEGY.get(args).orElse(Strategy.JIT))
            .withPreferences(Params.preferences(args, Params.DEPTH.get(args)));
    Optional<Double> pace = Params.HOURS_PER_WEEK.get(args);
    Optional<LocalDate> start = Params.START.get(args);
    if (start.isPresent() && pace.isEmpty()) {
      throw new RequestException("%s needs %s", Params.START, Params.HOURS_PER_WEEK);
    }
    if (pace.isPresent()) {
      r = r.withSchedule(pace.get(), start.orElseGet(() -> LocalDate.now(clock)));
    }
    return r;
  }

  @Override
  public Curriculum scope(CurriculumSource source, PathRequest request) {
    return closureOf(source, request.goals(), request.known());
  }

  @Override
  public LearningPath answer(Context context, PathRequest request) {
    return context.planner().path(request);
  }
}
