package io.github.mlpath.graph.export;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicKind;
import java.io.IOException;
import java.io.Writer;
import java.util.OptionalInt;

/**
 * Graphviz DOT, left to right: one cluster per area, kinds as fill colours and shapes, one rank per
 * learning depth ({@code newrank=true} lets a rank cross clusters), definitions as node tooltips
 * and reasons as edge tooltips. An edge goes from the topic to learn first to the topic that needs
 * it. On a path, steps are numbered and the edge to the step that needs each one is drawn red.
 */
final class DotWriter extends FormatWriter.FromSnapshot {
  @Override
  void write(View view, Writer out) throws IOException {
    Curriculum c = view.c;
    out.write("// mlpath export: ");
    out.write(view.s.title().replace('\n', ' ').replace('\r', ' '));
    out.write(". Edges go from the topic to learn first to the topic that needs it.\n");
    out.write("digraph \"mlpath\" {\n");
    out.write(
        "  graph [rankdir=LR, newrank=true, ranksep=0.9, nodesep=0.12, fontname=\"Helvetica\",");
    out.write(" labelloc=t, fontsize=22, label=");
    out.write(Escape.dot(view.s.title()));
    out.write("];\n");
    out.write(
        "  node [style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11, penwidth=1.2];\n");
    out.write("  edge [color=\"#9a9a9a\", arrowsize=0.6];\n");
    view.forEachAreaGroup(
        (area, g, topics) -> {
          if (area.isPresent()) {
            out.write("  subgraph ");
            out.write(Escape.dotId("cluster_" + area.get().id()));
            out.write(" {\n    label=");
            out.write(Escape.dot(area.get().label()));
            out.write(";\n    style=\"rounded,filled\"; fillcolor=\"#f6f6f6\"; color=\"#c8c8c8\";");
            out.write(" fontsize=16;\n");
          }
          for (int v : topics) {
            node(view, v, area.isPresent() ? "    " : "  ", out);
          }
          if (area.isPresent()) {
            out.write("  }\n");
          }
        });
    int[][] ranks = view.byDepth();
    for (int d = 0; d < ranks.length; d++) {
      out.write("  { rank=same; // learning depth ");
      out.write(Integer.toString(d));
      out.write('\n');
      for (int v : ranks[d]) {
        out.write("    ");
        out.write(Escape.dotId(c.id(v)));
        out.write(";\n");
      }
      out.write("  }\n");
    }
    view.forEachEdge((v, w, k) -> edge(view, v, w, k, out));
    out.write("}\n");
    out.flush();
  }

  private static void edge(View view, int v, int w, int k, Writer out) throws IOException {
    Curriculum c = view.c;
    out.write("  ");
    out.write(Escape.dotId(c.id(w)));
    out.write(" -> ");
    out.write(Escape.dotId(c.id(v)));
    String reason = c.reasonOfEdge(k).orElse(null);
    boolean onPath = view.onPath(w, v);
    if (reason != null || onPath) {
      out.write(" [");
      if (reason != null) {
        out.write("tooltip=");
        out.write(Escape.dot(c.label(w) + " → " + c.label(v) + ": " + reason));
      }
      if (onPath) {
        out.write(reason != null ? ", " : "");
        out.write("color=\"" + Style.PATH + "\", penwidth=2");
      }
      out.write(']');
    }
    out.write(";\n");
  }

  private static void node(View view, int v, String indent, Writer out) throws IOException {
    Curriculum c = view.c;
    TopicKind kind = c.kind(v);
    Style style = Style.of(kind);
    out.write(indent);
    out.write(Escape.dotId(c.id(v)));
    out.write(" [label=");
    OptionalInt step = view.s.step(v);
    out.write(Escape.dot(step.isPresent() ? step.getAsInt() + ". " + c.label(v) : c.label(v)));
    out.write(", shape=");
    out.write(style.dotShape());
    out.write(", fillcolor=\"");
    out.write(style.fill());
    out.write("\", color=\"");
    out.write(step.isPresent() ? Style.PATH : style.stroke());
    out.write('"');
    if (step.isPresent()) {
      out.write(", penwidth=2.5");
    }
    out.write(", tooltip=");
    out.write(
        Escape.dot(
            c.label(v)
                + " ("
                + kind.slug()
                + ", learning depth "
                + view.depth[v]
                + ")"
                + c.definition(v).map(d -> ": " + d).orElse("")));
    out.write("];\n");
  }
}
