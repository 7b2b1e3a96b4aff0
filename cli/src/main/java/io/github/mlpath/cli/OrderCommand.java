package io.github.mlpath.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mlpath.cli.render.Json;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.order.TieBreak;
import io.github.mlpath.core.order.TopologicalSort;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mlpath order}: every topic in a valid learning order. */
@Command(
    name = "order",
    description = {
      "Print every topic in a valid learning order: each topic after everything it requires.",
      "Among topics that are ready at the same point, the one whose label sorts first"
          + " (ignoring case, then by id) comes first, so the same data always gives the same"
          + " order."
    })
final class OrderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Mixin GistEdgesOption gist;

  @Mixin FormatOption format;

  @Override
  public Integer call() {
    Curriculum c = gist.apply(data.curriculum());
    int[] order = TopologicalSort.order(c, TieBreak.byLabel());
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
    }
    out.flush();
    return ExitCodes.OK;
  }
}
