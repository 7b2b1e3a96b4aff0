package io.github.mlpath.cli;

import io.github.mlpath.cli.render.Json;
import io.github.mlpath.core.lookup.KindGroup;
import io.github.mlpath.core.lookup.Unlocked;
import io.github.mlpath.core.lookup.UsedForReport;
import io.github.mlpath.core.plan.Planner;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mlpath used-for}: what a topic unlocks. */
@Command(
    name = "used-for",
    description =
        "The reverse of need: what TOPIC unlocks, directly and transitively, grouped by kind.")
final class UsedForCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Mixin GistEdgesOption gist;

  @Parameters(paramLabel = "TOPIC", description = "The topic: id, label or other name.")
  String topic;

  @Mixin FormatOption format;

  @Override
  public Integer call() {
    UsedForReport report =
        Planner.of(gist.apply(data.with(s -> s.dependentsOf(topic)))).usedFor(topic);
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      out.println(Json.write(report));
    } else {
      out.printf(
          "%s is used by %d topic%s (%d directly)%n",
          Render.topic(report.topic()),
          report.total(),
          report.total() == 1 ? "" : "s",
          report.direct());
      for (KindGroup g : report.groups()) {
        out.printf("%n%s (%d):%n", g.kind().slug(), g.topics().size());
        for (Unlocked u : g.topics()) {
          out.printf(
              "  %s%s%n",
              Render.topic(u.topic()),
              u.distance() == 1
                  ? u.via().reason().map(r -> ": " + r).orElse("")
                  : "  via " + u.via().required().id());
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
