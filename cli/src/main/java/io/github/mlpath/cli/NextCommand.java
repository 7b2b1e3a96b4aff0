package io.github.mlpath.cli;

import io.github.mlpath.cli.render.Json;
import io.github.mlpath.core.plan.NextRequest;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.core.plan.ReadyList;
import io.github.mlpath.core.plan.ReadyTopic;
import io.github.mlpath.core.plan.Strategy;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mlpath next}: what is ready to learn now. */
@Command(
    name = "next",
    description =
        "What is ready to learn now: topics you do not know whose prerequisites you all know, in"
            + " the order the strategy would learn them. With --goal, topics on the way to the"
            + " goal come first, in the order of the path to it.")
final class NextCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Mixin GistEdgesOption gist;

  @Mixin KnownOptions known;

  @Option(
      names = {"-g", "--goal"},
      paramLabel = "TOPIC",
      description = "Rank toward this goal (repeatable).")
  List<String> goals = new ArrayList<>();

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Show at most N topics (default: all).")
  Integer limit;

  @Option(
      names = "--strategy",
      paramLabel = "STRATEGY",
      defaultValue = "jit",
      converter = Converters.StrategyConverter.class,
      description =
          "Rank the ready topics in the order this strategy would learn them: jit or math-first"
              + " (default: ${DEFAULT-VALUE})")
  Strategy strategy;

  @Mixin FormatOption format;

  @Override
  public Integer call() {
    if (limit != null && limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1");
    }
    ReadyList ready =
        Planner.of(gist.apply(data.with(s -> s.structure())))
            .next(new NextRequest(known.known, known.implied(), goals, strategy));
    if (limit != null) {
      ready = ready.limit(limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      out.println(Json.write(ready));
    } else {
      Render.knownUmbrellas(ready.knownUmbrellas()).forEach(out::println);
      out.printf(
          "Ready to learn (%d), in the order the %s strategy would take them:%n",
          ready.topics().size(), ready.strategy().slug());
      for (ReadyTopic t : ready.topics()) {
        out.printf(
            "  %s [%s]%s%n",
            Render.topic(t.topic()),
            t.topic().kind().slug(),
            ready.goals().isEmpty()
                ? ""
                : t.towardGoal()
                    ? "  on the way: unlocks " + t.unlocks() + " toward the goal"
                    : "  (not on the way)");
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
