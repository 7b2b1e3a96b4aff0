package io.github.mlpath.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mlpath.cli.render.Json;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.core.plan.Strategy;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mlpath order}: every topic in a valid learning order. */
@Command(
    name = "order",
    description = {
      "Print every topic in the order a learner starting from scratch would take them: the path"
          + " to the whole curriculum, each topic after everything it requires.",
      "jit (default): programming first, then a first project, then ML concepts, each math topic"
          + " right before the first topic that needs it. math-first: every math topic as early as"
          + " possible. Ties follow the teaching order declared in the data (mlp:teachingOrder),"
          + " then the id. Umbrella topics are groupings, not steps, and are listed at the end."
    })
final class OrderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Option(
      names = "--strategy",
      paramLabel = "STRATEGY",
      defaultValue = "jit",
      converter = Converters.StrategyConverter.class,
      description = "jit or math-first (default: ${DEFAULT-VALUE})")
  Strategy strategy;

  @Mixin GistEdgesOption gist;

  @Mixin FormatOption format;

  @Override
  public Integer call() {
    Curriculum c = gist.apply(data.curriculum());
    int[] order = Planner.of(c).order(strategy);
    int[] umbrellas = c.umbrellas().stream().toArray();
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      ObjectNode root = Json.object();
      ArrayNode topics = root.putArray("topics");
      for (int i = 0; i < order.length; i++) {
        int v = order[i];
        ObjectNode t = topics.addObject();
        t.put("position", i + 1);
        t.put("id", c.id(v));
        t.put("label", c.label(v));
        t.put("kind", c.kind(v).slug());
        c.area(v).ifPresent(a -> t.put("area", a.id()));
        ArrayNode req = t.putArray("requires");
        for (int k = c.requires().start(v); k < c.requires().end(v); k++) {
          req.add(c.id(c.requires().target(k)));
        }
      }
      root.put("strategy", strategy.slug());
      ArrayNode groups = root.putArray("umbrellas");
      for (int u : umbrellas) {
        groups.add(c.id(u));
      }
      out.println(Json.write(root));
    } else {
      int width = String.valueOf(order.length).length();
      for (int i = 0; i < order.length; i++) {
        int v = order[i];
        String area = c.area(v).map(a -> ", " + a.label()).orElse("");
        out.printf(
            "%" + width + "d. %s (%s) [%s%s]%n",
            i + 1,
            c.label(v),
            c.id(v),
            c.kind(v).slug(),
            area);
      }
      if (umbrellas.length > 0) {
        List<String> names = new ArrayList<>();
        for (int u : umbrellas) {
          names.add(c.label(u) + " (" + c.id(u) + ")");
        }
        out.printf(
            "Umbrella topics, groupings of the topics under them rather than steps: %s%n",
            String.join(", ", names));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
