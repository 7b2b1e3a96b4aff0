package io.github.mlpath.cli;

import static io.github.mlpath.cli.Lists.concat;

import io.github.mlpath.cli.render.Json;
import io.github.mlpath.core.plan.LearningPath;
import io.github.mlpath.core.plan.PathRequest;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.core.plan.Step;
import io.github.mlpath.core.plan.Week;
import io.github.mlpath.core.plan.WeekItem;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mlpath path}: the learner's path to one or more goals. */
@Command(
    name = "path",
    description = {
      "The learning path to one or more goals: each step with why it is there, the resource to"
          + " use and the running total of hours.",
      "jit (default): programming first, then a first project, then ML concepts, each math topic"
          + " right before the first step that needs it. math-first: every math topic as early as"
          + " possible."
    })
final class PathCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Mixin GistEdgesOption gist;

  @Mixin KnownOptions known;

  @Mixin ResourceOptions resources;

  @Option(
      names = {"-g", "--goal"},
      required = true,
      paramLabel = "TOPIC",
      description = "A topic to reach (repeatable): id, label or other name.")
  List<String> goals = new ArrayList<>();

  @Mixin PathOptions plan;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, markdown or json (default: ${DEFAULT-VALUE})")
  PathFormat format;

  enum PathFormat {
    text,
    markdown,
    json
  }

  @Override
  public Integer call() {
    PathRequest request = plan.request(goals, known, resources, spec.commandLine());
    LearningPath path =
        Planner.of(gist.apply(data.closureOf(concat(goals, known.known)))).path(request);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json -> out.println(Json.write(path));
      case markdown -> markdown(path, out);
      default -> text(path, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String goalNames(LearningPath path) {
    return String.join(", ", path.goals().stream().map(g -> g.label()).toList());
  }

  /** The path as the text format prints it; {@code assess} prints the path that follows too. */
  static void text(LearningPath path, PrintWriter out) {
    out.printf(
        "Path to %s (%s): %d steps, %s%n",
        goalNames(path),
        path.strategy().slug(),
        path.steps().size(),
        Render.hours(path.totalHours()));
    Render.knownUmbrellas(path.knownUmbrellas()).forEach(out::println);
    Render.goalUmbrellas(path.goalUmbrellas()).forEach(out::println);
    path.knownGoals().forEach(g -> out.printf("Already known: %s%n", Render.topic(g)));
    int width = String.valueOf(path.steps().size()).length();
    for (Step s : path.steps()) {
      out.printf(
          "%n%" + width + "d. %s [%s]  %s%s, total %s%n",
          s.number(),
          Render.topic(s.topic()),
          s.topic().kind().slug(),
          Render.hours(s.hours()),
          s.estimated() ? " (estimated)" : "",
          Render.hours(s.totalHours()));
      String pad = " ".repeat(width + 2);
      if (s.goal()) {
        out.println(pad + "why: a goal");
      }
      s.neededBy()
          .ifPresent(
              n ->
                  out.println(
                      pad
                          + "why: needed by "
                          + n.label()
                          + s.reason().map(r -> ": " + r).orElse("")));
      s.resource().ifPresent(r -> out.println(pad + "use: " + Render.resource(r)));
    }
    path.schedule()
        .ifPresent(
            schedule -> {
              out.printf(
                  "%nSchedule at %s a week, from %s to %s:%n",
                  Render.hours(schedule.pace().hoursPerWeek()),
                  schedule.pace().start(),
                  schedule.finish());
              for (Week w : schedule.weeks()) {
                List<String> items = new ArrayList<>();
                for (WeekItem i : w.items()) {
                  items.add(
                      i.step()
                          + ". "
                          + i.topic().label()
                          + " "
                          + Render.hours(i.hours())
                          + (i.finishes() ? "" : " (continues)"));
                }
                out.printf(
                    "  Week %d (%s to %s, %s): %s%n",
                    w.number(),
                    w.start(),
                    w.end(),
                    Render.hours(w.hours()),
                    String.join("; ", items));
              }
            });
  }

  private static void markdown(LearningPath path, PrintWriter out) {
    out.printf(
        "# Path to %s%n%n%d steps, %s, strategy %s.%n%n",
        goalNames(path),
        path.steps().size(),
        Render.hours(path.totalHours()),
        path.strategy().slug());
    Render.knownUmbrellas(path.knownUmbrellas()).forEach(l -> out.println("- " + l));
    Render.goalUmbrellas(path.goalUmbrellas()).forEach(l -> out.println("- " + l));
    if (!path.knownUmbrellas().isEmpty() || !path.goalUmbrellas().isEmpty()) {
      out.println();
    }
    for (Step s : path.steps()) {
      StringBuilder line =
          new StringBuilder("- [ ] **")
              .append(s.number())
              .append(". ")
              .append(s.topic().label())
              .append("** (")
              .append(s.topic().kind().slug())
              .append(", ")
              .append(Render.hours(s.hours()))
              .append(s.estimated() ? " estimated" : "")
              .append(", total ")
              .append(Render.hours(s.totalHours()))
              .append(")");
      if (s.goal()) {
        line.append(" — goal");
      }
      s.neededBy()
          .ifPresent(
              n ->
                  line.append(" — needed by ")
                      .append(n.label())
                      .append(s.reason().map(r -> ": " + r).orElse("")));
      out.println(line);
      s.resource().ifPresent(r -> out.println("  - " + Render.markdownResource(r)));
    }
    path.schedule()
        .ifPresent(
            schedule -> {
              out.printf("%n## Schedule%n%n");
              for (Week w : schedule.weeks()) {
                out.printf(
                    "- Week %d (%s to %s): %s%n",
                    w.number(),
                    w.start(),
                    w.end(),
                    String.join(
                        ", ",
                        w.items().stream().map(i -> i.step() + ". " + i.topic().label()).toList()));
              }
            });
  }
}
