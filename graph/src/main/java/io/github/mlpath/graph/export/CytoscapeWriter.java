package io.github.mlpath.graph.export;

import io.github.mlpath.core.Area;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.Resource;
import io.github.mlpath.core.plan.TopicHours;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * Cytoscape.js elements JSON in the {@code .cyjs} shape ({@code {"data": ..., "elements": {"nodes":
 * [...], "edges": [...]}}}), which {@code cytoscape({elements: json.elements})} and Cytoscape
 * desktop both read. Node data: id, label, kind, umbrella (only when true), area, areaId, depth,
 * hours, hoursEstimated (no confirmed size behind the hours), definition, iri (and step, neededBy
 * and week on a path); edge data: id, source (the topic to learn first), target, reason. One
 * element a line, written as it goes.
 */
final class CytoscapeWriter extends FormatWriter.FromSnapshot {
  @Override
  void write(View view, Writer out) throws IOException {
    out.write("{\"format_version\": \"1.0\", \"generated_by\": \"mlpath\",");
    out.write(" \"target_cytoscapejs_version\": \"~3\",\n \"data\": {\"name\": ");
    out.write(Escape.json(view.s.title()));
    out.write("},\n \"elements\": {\"nodes\": [\n");
    boolean first = true;
    for (int v : view.order) {
      out.write(first ? "  " : ",\n  ");
      first = false;
      out.write("{\"data\": ");
      nodeData(view, v, false, out);
      out.write('}');
    }
    out.write("\n ], \"edges\": [\n");
    edges(view, out, "  ", true);
    out.write("\n ]}}\n");
    out.flush();
  }

  /**
   * The data of one node as a JSON object: the Cytoscape fields, and with {@code resources} also
   * the resources that teach it (the HTML map shows them).
   */
  static void nodeData(View view, int v, boolean resources, Writer out) throws IOException {
    Curriculum c = view.c;
    out.write("{\"id\": ");
    out.write(Escape.json(c.id(v)));
    field(out, "label", c.label(v));
    field(out, "kind", c.kind(v).slug());
    if (c.isUmbrella(v)) {
      out.write(", \"umbrella\": true");
    }
    Optional<Area> area = c.area(v);
    if (area.isPresent()) {
      field(out, "area", area.get().label());
      field(out, "areaId", area.get().id());
    }
    out.write(", \"depth\": ");
    out.write(Integer.toString(view.depth[v]));
    TopicHours hours = view.hours(v);
    out.write(", \"hours\": ");
    out.write(View.hoursText(hours.hours()));
    out.write(", \"hoursEstimated\": ");
    out.write(Boolean.toString(hours.estimated()));
    Optional<String> definition = c.definition(v);
    if (definition.isPresent()) {
      field(out, "definition", definition.get());
    }
    field(out, "iri", c.iri(v));
    pathFields(view, v, out);
    if (resources) {
      altLabels(c.altLabels(v), out);
      resources(view.resources(v), out);
    }
    out.write('}');
  }

  /** A path step's number, the step that needs it and its week, when the node is on the path. */
  private static void pathFields(View view, int v, Writer out) throws IOException {
    Optional<Selection.PathStep> step = view.s.pathStep(v);
    if (step.isPresent()) {
      out.write(", \"step\": ");
      out.write(Integer.toString(step.get().number()));
      if (step.get().neededBy().isPresent()) {
        field(out, "neededBy", view.c.id(step.get().neededBy().getAsInt()));
      }
      if (step.get().week().isPresent()) {
        out.write(", \"week\": ");
        out.write(Integer.toString(step.get().week().getAsInt()));
      }
    }
  }

  private static void altLabels(List<String> alt, Writer out) throws IOException {
    if (!alt.isEmpty()) {
      out.write(", \"altLabels\": [");
      for (int i = 0; i < alt.size(); i++) {
        out.write(i == 0 ? "" : ", ");
        out.write(Escape.json(alt.get(i)));
      }
      out.write(']');
    }
  }

  private static void resources(List<Resource> rs, Writer out) throws IOException {
    if (rs.isEmpty()) {
      return;
    }
    out.write(", \"resources\": [");
    for (int i = 0; i < rs.size(); i++) {
      Resource r = rs.get(i);
      out.write(i == 0 ? "{\"title\": " : ", {\"title\": ");
      out.write(Escape.json(r.title()));
      if (r.url().isPresent()) {
        field(out, "url", r.url().get());
      }
      if (r.medium().isPresent()) {
        field(out, "medium", r.medium().get().slug());
      }
      if (r.duration().isPresent()) {
        out.write(", \"hours\": ");
        out.write(View.hoursText(r.duration().get().toMinutes() / 60.0));
      }
      if (r.free().isPresent()) {
        out.write(", \"free\": ");
        out.write(r.free().get().toString());
      }
      if (r.depth().isPresent()) {
        field(out, "depth", r.depth().get().slug());
      }
      out.write('}');
    }
    out.write(']');
  }

  /** Every drawn edge as {@code {"data": {...}}}, separated by commas and new lines. */
  static void edges(View view, Writer out, String indent, boolean wrap) throws IOException {
    Curriculum c = view.c;
    long[] edge = {0};
    view.forEachEdge(
        (v, w, k) -> {
          out.write(edge[0] == 0 ? indent : ",\n" + indent);
          out.write(wrap ? "{\"data\": {\"id\": \"e" : "{\"id\": \"e");
          out.write(Long.toString(edge[0]++));
          out.write("\", \"source\": ");
          out.write(Escape.json(c.id(w)));
          out.write(", \"target\": ");
          out.write(Escape.json(c.id(v)));
          Optional<String> reason = c.reasonOfEdge(k);
          if (reason.isPresent()) {
            field(out, "reason", reason.get());
          }
          out.write(wrap ? "}}" : "}");
        });
  }

  private static void field(Writer out, String name, String value) throws IOException {
    out.write(", \"");
    out.write(name);
    out.write("\": ");
    out.write(Escape.json(value));
  }
}
