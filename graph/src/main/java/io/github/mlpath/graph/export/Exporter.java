package io.github.mlpath.graph.export;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.graph.load.LoadedGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;

/**
 * Writes a curriculum, or a {@link Selection} of it, in an {@link ExportFormat}.
 *
 * <p>The graph formats (DOT, GraphML, Cytoscape, Mermaid, HTML) are written from the core {@link
 * Curriculum} snapshot alone, with no RDF library, streaming: each node and edge goes to the writer
 * as it is produced, so memory stays at a few ints per topic whatever the size of the output. The
 * RDF formats are written by Jena from the {@link LoadedGraph} the snapshot was read from.
 *
 * <pre>{@code
 * LoadedGraph g = RdfLoader.load(RdfLoader.withVocabulary(RdfLoader.bundled()));
 * Curriculum c = RdfReader.curriculumOf(g.model().getGraph());
 * try (Writer out = Files.newBufferedWriter(Path.of("map.html"))) {
 *   Exporter.write(c, Selection.all(c), ExportFormat.HTML, out);
 * }
 * Exporter.write(g, c, Selection.area(c, "calculus"), ExportFormat.TURTLE, out);
 * }</pre>
 */
public final class Exporter {
  private Exporter() {}

  /**
   * Writes a graph format from the snapshot; does not close {@code out}.
   *
   * @throws IllegalArgumentException for an RDF format, which needs the loaded graph
   * @throws io.github.mlpath.core.CycleException naming a cycle, since learning depth needs an
   *     order
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Curriculum c, Selection s, ExportFormat format, Writer out) {
    if (format.rdf()) {
      throw new IllegalArgumentException(
          format.slug() + " is written from the loaded RDF; pass the LoadedGraph");
    }
    write(Optional.empty(), c, s, format, out);
  }

  /**
   * Writes any format; the RDF ones from {@code graph}, which {@code c} must have been read from.
   * Does not close {@code out}.
   */
  public static void write(
      LoadedGraph graph, Curriculum c, Selection s, ExportFormat format, Writer out) {
    write(Optional.of(graph), c, s, format, out);
  }

  private static void write(
      Optional<LoadedGraph> graph, Curriculum c, Selection s, ExportFormat format, Writer out) {
    try {
      format.writer().write(graph, c, s, out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
