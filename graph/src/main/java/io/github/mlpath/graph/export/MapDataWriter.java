package io.github.mlpath.graph.export;

import io.github.mlpath.core.Area;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The interactive map's data as one JSON object: {@code title}, {@code path} (whether it is a
 * learner's path), {@code areas} ({@code id}, {@code label}, in declaration order), {@code nodes}
 * (the Cytoscape node data plus alternative labels and resources) and {@code edges} ({@code source}
 * is the topic to learn first). The HTML page embeds it; the web app reads it from {@code
 * /api/map}. Strings are escaped so that no label can end a script element.
 */
final class MapDataWriter extends FormatWriter.FromSnapshot {
  @Override
  void write(View view, Writer out) throws IOException {
    out.write("{\"title\": ");
    out.write(Escape.json(view.s.title()));
    out.write(", \"path\": ");
    out.write(Boolean.toString(view.s.isPath()));
    out.write(",\n\"areas\": [");
    List<Area> areas = view.c.areas();
    for (int i = 0; i < areas.size(); i++) {
      out.write(i == 0 ? "{\"id\": " : ", {\"id\": ");
      out.write(Escape.json(areas.get(i).id()));
      out.write(", \"label\": ");
      out.write(Escape.json(areas.get(i).label()));
      out.write('}');
    }
    out.write("],\n\"nodes\": [\n");
    boolean first = true;
    for (int v : view.order) {
      out.write(first ? "" : ",\n");
      first = false;
      CytoscapeWriter.nodeData(view, v, true, out);
    }
    out.write("],\n\"edges\": [\n");
    CytoscapeWriter.edges(view, out, "", false);
    out.write("]}");
    out.flush();
  }
}
