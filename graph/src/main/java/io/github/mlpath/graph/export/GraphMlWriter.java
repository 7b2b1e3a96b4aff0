package io.github.mlpath.graph.export;

import io.github.mlpath.core.Area;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.plan.TopicHours;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/**
 * GraphML, directed, every attribute declared with a {@code <key>}: nodes carry label, kind, area,
 * learning depth, hours (and whether they are estimated), definition and IRI (and step and week on
 * a path); edges carry the reason. A node's {@code id} is the topic id; an edge goes from the topic
 * to learn first to the topic that needs it. Written element by element, in learning order.
 */
final class GraphMlWriter extends FormatWriter.FromSnapshot {
  private static final String[][] NODE_KEYS = {
    {"label", "string"},
    {"kind", "string"},
    {"area", "string"},
    {"depth", "int"},
    {"hours", "double"},
    {"hoursEstimated", "boolean"},
    {"definition", "string"},
    {"iri", "string"},
  };

  @Override
  void write(View view, Writer out) throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<!-- mlpath export: ");
    out.write(Escape.xml(view.s.title()).replace("--", "&#45;&#45;"));
    out.write(". Edges go from the topic to learn first to the topic that needs it. -->\n");
    out.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"");
    out.write(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"");
    out.write(" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns");
    out.write(" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (String[] k : NODE_KEYS) {
      key(out, k[0], "node", k[1]);
    }
    if (view.s.isPath()) {
      key(out, "step", "node", "int");
      key(out, "week", "node", "int");
    }
    key(out, "reason", "edge", "string");
    out.write("  <graph id=\"mlpath\" edgedefault=\"directed\">\n");
    for (int v : view.order) {
      node(view, v, out);
    }
    edges(view, out);
    out.write("  </graph>\n</graphml>\n");
    out.flush();
  }

  private static void node(View view, int v, Writer out) throws IOException {
    Curriculum c = view.c;
    out.write("    <node id=\"");
    out.write(Escape.xml(c.id(v)));
    out.write("\">");
    data(out, "label", c.label(v));
    data(out, "kind", c.kind(v).slug());
    Optional<Area> area = c.area(v);
    if (area.isPresent()) {
      data(out, "area", area.get().label());
    }
    data(out, "depth", Integer.toString(view.depth[v]));
    TopicHours hours = view.hours(v);
    data(out, "hours", View.hoursText(hours.hours()));
    data(out, "hoursEstimated", Boolean.toString(hours.estimated()));
    Optional<String> definition = c.definition(v);
    if (definition.isPresent()) {
      data(out, "definition", definition.get());
    }
    data(out, "iri", c.iri(v));
    Optional<Selection.PathStep> step = view.s.pathStep(v);
    if (step.isPresent()) {
      data(out, "step", Integer.toString(step.get().number()));
      if (step.get().week().isPresent()) {
        data(out, "week", Integer.toString(step.get().week().getAsInt()));
      }
    }
    out.write("</node>\n");
  }

  /** Every drawn edge, numbered from e0, from the topic to learn first to the one that needs it. */
  private static void edges(View view, Writer out) throws IOException {
    Curriculum c = view.c;
    long[] edge = {0};
    view.forEachEdge(
        (v, w, k) -> {
          out.write("    <edge id=\"e");
          out.write(Long.toString(edge[0]++));
          out.write("\" source=\"");
          out.write(Escape.xml(c.id(w)));
          out.write("\" target=\"");
          out.write(Escape.xml(c.id(v)));
          out.write('"');
          Optional<String> reason = c.reasonOfEdge(k);
          if (reason.isPresent()) {
            out.write('>');
            data(out, "reason", reason.get());
            out.write("</edge>\n");
          } else {
            out.write("/>\n");
          }
        });
  }

  private static void key(Writer out, String name, String target, String type) throws IOException {
    out.write("  <key id=\"");
    out.write(name);
    out.write("\" for=\"");
    out.write(target);
    out.write("\" attr.name=\"");
    out.write(name);
    out.write("\" attr.type=\"");
    out.write(type);
    out.write("\"/>\n");
  }

  private static void data(Writer out, String key, String value) throws IOException {
    out.write("<data key=\"");
    out.write(key);
    out.write("\">");
    out.write(Escape.xml(value));
    out.write("</data>");
  }
}
