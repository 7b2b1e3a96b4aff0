package io.github.mlpath.cli.request;

import io.github.mlpath.cli.render.Text;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.plan.NextRequest;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.core.plan.ReadyList;
import io.github.mlpath.core.plan.ReadyTopic;
import io.github.mlpath.core.plan.Strategy;
import io.github.mlpath.graph.CurriculumSource;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code mlpath next} and {@code /api/next}: what is ready to learn now. */
public final class NextOperation extends Operation<NextOperation.Request, ReadyList> {
  static final Param<String> GOAL =
      Param.list("goal", "TOPIC", "Rank toward this goal (repeatable).").withShortName("-g");

  /**
   * What {@code next} asks.
   *
   * @param next the known topics and goals
   * @param limit at most this many topics, if given
   */
  public record Request(NextRequest next, Optional<Integer> limit) {}

  /** The operation, for {@link Operations}. */
  public NextOperation() {
    super(
        "next",
        List.of(Params.KNOWN, Params.NO_IMPLIED, GOAL, Params.STRATEGY, Params.LIMIT),
        List.of(new TextFormat<>("text", NextOperation::text)),
        "What is ready to learn now: topics you do not know whose prerequisites you all know, in"
            + " the order the strategy would learn them. With --goal, topics on the way to the"
            + " goal come first, in the order of the path to it.");
  }

  @Override
  public Request bind(Args args) {
    return new Request(
        new NextRequest(
            Params.KNOWN.list(args),
            Params.implied(args),
            GOAL.list(args),
            Params.STRATEGY.get(args).orElse(Strategy.JIT)),
        Params.LIMIT.get(args));
  }

  /** Every topic may be ready, so the whole structure, whatever problems the data has elsewhere. */
  @Override
  public Curriculum scope(CurriculumSource source, Request request) {
    return source.asRead();
  }

  /** The known topics, the goals and the topics ready now: what the answer rests on. */
  @Override
  protected Collection<String> answerTopics(Request request, ReadyList answer) {
    Set<String> topics = new LinkedHashSet<>(request.next().known());
    topics.addAll(request.next().goals());
    answer.topics().forEach(t -> topics.add(t.topic().id()));
    return topics;
  }

  @Override
  public ReadyList answer(Context context, Request request) {
    Planner planner = context.planner();
    ReadyList ready = planner.next(request.next());
    return request.limit().isPresent() ? ready.limit(request.limit().get()) : ready;
  }

  private static void text(ReadyList ready, PrintWriter out) {
    Text.knownUmbrellas(ready.knownUmbrellas()).forEach(out::println);
    out.printf(
        "Ready to learn (%d), in the order the %s strategy would take them:%n",
        ready.topics().size(), ready.strategy().slug());
    for (ReadyTopic t : ready.topics()) {
      out.printf(
          "  %s [%s]%s%n",
          Text.topic(t.topic()),
          t.topic().kind().slug(),
          ready.goals().isEmpty()
              ? ""
              : t.towardGoal()
                  ? "  on the way: unlocks " + t.unlocks() + " toward the goal"
                  : "  (not on the way)");
    }
  }
}
