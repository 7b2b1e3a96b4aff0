package io.github.mlpath.graph.export;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicKind;
import java.io.IOException;
import java.io.Writer;
import java.util.OptionalInt;

/**
 * A Mermaid flowchart, left to right, as GitHub renders in a {@code ```mermaid} block: one subgraph
 * per area, one class (colour) per kind, steps numbered on a path with the edge to the step that
 * needs each one in red. Node ids are {@code t} plus the topic index, since topic ids may contain
 * characters Mermaid reads as syntax; labels are quoted and entity-escaped. Mermaid refuses graphs
 * of more than {@value #MERMAID_MAX_EDGES} edges by default (GitHub shows an error instead), so a
 * bigger chart ends with a comment that says so: export an area or a closure for it.
 */
final class MermaidWriter extends FormatWriter.FromSnapshot {
  /** Mermaid's default {@code maxEdges}, which GitHub keeps. */
  static final int MERMAID_MAX_EDGES = 500;

  @Override
  void write(View view, Writer out) throws IOException {
    out.write("%% mlpath export: ");
    out.write(view.s.title().replace('\n', ' ').replace('\r', ' '));
    out.write(". Arrows go from the topic to learn first to the topic that needs it.\n");
    out.write("flowchart LR\n");
    for (TopicKind k : TopicKind.values()) {
      out.write("  classDef ");
      out.write(className(k));
      out.write(" fill:");
      out.write(Style.of(k).fill());
      out.write(",stroke:");
      out.write(Style.of(k).stroke());
      out.write(",color:#111\n");
    }
    out.write("  classDef step stroke:" + Style.PATH + ",stroke-width:3px\n");
    view.forEachAreaGroup(
        (area, g, topics) -> {
          if (area.isPresent()) {
            out.write("  subgraph area" + g + "[\"");
            out.write(Escape.mermaid(area.get().label()));
            out.write("\"]\n");
          }
          for (int v : topics) {
            node(view, v, area.isPresent() ? "    " : "  ", out);
          }
          if (area.isPresent()) {
            out.write("  end\n");
          }
        });
    long edges = edges(view, out);
    if (edges > MERMAID_MAX_EDGES) {
      out.write(
          "%% "
              + edges
              + " edges: more than the "
              + MERMAID_MAX_EDGES
              + " Mermaid draws by default, so GitHub will not render this chart;"
              + " export an area (--area) or a closure (--closure) instead.\n");
    }
    out.flush();
  }

  /** Every drawn edge, then the styles of the steps and of the edges on the path; their count. */
  private static long edges(View view, Writer out) throws IOException {
    StringBuilder pathEdges = new StringBuilder();
    long[] edge = {0};
    view.forEachEdge(
        (v, w, k) -> {
          out.write("  t" + w + " --> t" + v + "\n");
          if (view.onPath(w, v)) {
            pathEdges.append(pathEdges.length() == 0 ? "" : ",").append(edge[0]);
          }
          edge[0]++;
        });
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
    return edge[0];
  }

  private static void node(View view, int v, String indent, Writer out) throws IOException {
    Curriculum c = view.c;
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

  private static String className(TopicKind k) {
    return k.slug().replace("-", "");
  }
}
