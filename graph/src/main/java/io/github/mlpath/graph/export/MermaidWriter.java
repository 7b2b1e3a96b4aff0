package io.github.mlpath.graph.export;

import io.github.mlpath.core.Adjacency;
import io.github.mlpath.core.Area;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicKind;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.OptionalInt;

/**
 * A Mermaid flowchart, left to right, as GitHub renders in a {@code ```mermaid} block: one subgraph
 * per area, one class (colour) per kind, steps numbered on a path with the edge to the step that
 * needs each one in red. Node ids are {@code t} plus the topic index, since topic ids may contain
 * characters Mermaid reads as syntax; labels are quoted and entity-escaped. Mermaid refuses graphs
 * of more than 500 edges by default, so export an area or a closure for a chart of a big selection.
 */
final class MermaidWriter {
  private MermaidWriter() {}

  static void write(View view, Writer out) throws IOException {
    Curriculum c = view.c;
    out.write("%% mlpath export: ");
    out.write(view.s.title().replace('\n', ' ').replace('\r', ' '));
    out.write(". Arrows go from the topic to learn first to the topic that needs it.\n");
    out.write("flowchart LR\n");
    for (TopicKind k : TopicKind.values()) {
      out.write("  classDef ");
      out.write(className(k));
      out.write(" fill:");
      out.write(Style.fill(k));
      out.write(",stroke:");
      out.write(Style.stroke(k));
      out.write(",color:#111\n");
    }
    out.write("  classDef step stroke:" + Style.PATH + ",stroke-width:3px\n");
    int[][] groups = view.byArea();
    List<Area> areas = c.areas();
    for (int g = 0; g < groups.length; g++) {
      if (groups[g].length == 0) {
        continue;
      }
      String indent = "  ";
      if (g < areas.size()) {
        out.write("  subgraph area" + g + "[\"");
        out.write(Escape.mermaid(areas.get(g).label()));
        out.write("\"]\n");
        indent = "    ";
      }
      for (int v : groups[g]) {
        OptionalInt step = view.s.step(v);
        out.write(indent);
        out.write("t" + v + "[\"");
        out.write(
            Escape.mermaid(
                step.isPresent() ? "Step " + step.getAsInt() + ": " + c.label(v) : c.label(v)));
        out.write("\"]:::");
        out.write(className(c.kind(v)));
        out.write('\n');
      }
      if (g < areas.size()) {
        out.write("  end\n");
      }
    }
    Adjacency requires = c.requires();
    StringBuilder pathEdges = new StringBuilder();
    long edge = 0;
    for (int v : view.order) {
      for (int k = requires.start(v), end = requires.end(v); k < end; k++) {
        int w = requires.target(k);
        if (!view.edge(v, w)) {
          continue;
        }
        out.write("  t" + w + " --> t" + v + "\n");
        int target = v;
        if (view.s
            .pathStep(w)
            .map(p -> p.neededBy().isPresent() && p.neededBy().getAsInt() == target)
            .orElse(false)) {
          pathEdges.append(pathEdges.length() == 0 ? "" : ",").append(edge);
        }
        edge++;
      }
    }
    StringBuilder steps = new StringBuilder();
    for (int v : view.order) {
      if (view.s.step(v).isPresent()) {
        steps.append(steps.length() == 0 ? "" : ",").append('t').append(v);
      }
    }
    if (steps.length() > 0) {
      out.write("  class " + steps + " step\n");
    }
    if (pathEdges.length() > 0) {
      out.write("  linkStyle " + pathEdges + " stroke:" + Style.PATH + ",stroke-width:2px\n");
    }
    out.flush();
  }

  private static String className(TopicKind k) {
    return k.slug().replace("-", "");
  }
}
