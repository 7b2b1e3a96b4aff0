package io.github.mlpath.graph.export;

import io.github.mlpath.core.Area;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The interactive map: the template {@code map.html} (beside this class, plain JavaScript and SVG,
 * no library) with the selection's topics, edges and resources streamed in as JSON where the
 * template has its data marker. The JSON escapes {@code <}, so no label can end the script element.
 */
final class HtmlWriter extends FormatWriter.FromSnapshot {
  private static final String MARKER = "/*@MLPATH_DATA@*/";
  private static final String[] TEMPLATE = template();

  @Override
  void write(View view, Writer out) throws IOException {
    out.write(TEMPLATE[0]);
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
    out.write(TEMPLATE[1]);
    out.flush();
  }

  private static String[] template() {
    try (InputStream in = HtmlWriter.class.getResourceAsStream("map.html")) {
      if (in == null) {
        throw new IllegalStateException("map.html is missing from the graph jar");
      }
      String t = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int at = t.indexOf(MARKER);
      if (at < 0 || t.indexOf(MARKER, at + 1) >= 0) {
        throw new IllegalStateException("map.html must hold the data marker exactly once");
      }
      return new String[] {t.substring(0, at), t.substring(at + MARKER.length())};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
