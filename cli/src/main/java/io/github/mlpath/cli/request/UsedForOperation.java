package io.github.mlpath.cli.request;

import io.github.mlpath.cli.render.Text;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.lookup.KindGroup;
import io.github.mlpath.core.lookup.Unlocked;
import io.github.mlpath.core.lookup.UsedForReport;
import io.github.mlpath.graph.CurriculumSource;
import java.io.PrintWriter;
import java.util.List;

/** {@code mlpath used-for} and {@code /api/used-for}: what a topic unlocks. */
public final class UsedForOperation extends Operation<String, UsedForReport> {
  /** The operation, for {@link Operations}. */
  public UsedForOperation() {
    super(
        "used-for",
        List.of(NeedOperation.TOPIC),
        List.of(new TextFormat<>("text", UsedForOperation::text)),
        "The reverse of need: what TOPIC unlocks, directly and transitively, grouped by kind.");
  }

  @Override
  public String bind(Args args) {
    return NeedOperation.TOPIC.require(args);
  }

  @Override
  public Curriculum scope(CurriculumSource source, String topic) {
    return source.dependentsOf(topic);
  }

  @Override
  public UsedForReport answer(Context context, String topic) {
    return context.planner().usedFor(topic);
  }

  private static void text(UsedForReport report, PrintWriter out) {
    out.printf(
        "%s is used by %s (%d directly)%n",
        Text.topic(report.topic()), Text.count(report.total(), "topic"), report.direct());
    for (KindGroup g : report.groups()) {
      out.printf("%n%s (%d):%n", g.kind().slug(), g.topics().size());
      for (Unlocked u : g.topics()) {
        out.printf(
            "  %s%s%n",
            Text.topic(u.topic()),
            u.distance() == 1
                ? u.via().reason().map(r -> ": " + r).orElse("")
                : "  via " + u.via().required().label());
      }
    }
  }
}
