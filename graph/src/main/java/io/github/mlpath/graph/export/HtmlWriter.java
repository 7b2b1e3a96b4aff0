package io.github.mlpath.graph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The interactive map: the template {@code map.html} (beside this class, plain JavaScript and SVG,
 * no library) with the {@link MapDataWriter map data} streamed in where the template has its data
 * marker.
 */
final class HtmlWriter extends FormatWriter.FromSnapshot {
  private static final String MARKER = "/*@MLPATH_DATA@*/";
  private static final String[] TEMPLATE = template();
  private static final MapDataWriter DATA = new MapDataWriter();

  @Override
  void write(View view, Writer out) throws IOException {
    out.write(TEMPLATE[0]);
    DATA.write(view, out);
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
