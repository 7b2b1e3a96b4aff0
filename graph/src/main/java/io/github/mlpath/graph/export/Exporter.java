package io.github.mlpath.graph.export;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.graph.load.LoadedGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

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
 * Curriculum c = CurriculumReader.read(g);
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
    View view = View.of(c, s);
    try {
      switch (format) {
        case DOT -> DotWriter.write(view, out);
        case GRAPHML -> GraphMlWriter.write(view, out);
        case CYTOSCAPE -> CytoscapeWriter.write(view, out);
        case MERMAID -> MermaidWriter.write(view, out);
        case HTML -> HtmlWriter.write(view, out);
        default -> throw new IllegalArgumentException(format.slug());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes any format; the RDF ones from {@code graph}, which {@code c} must have been read from.
   * Does not close {@code out}.
   */
  public static void write(
      LoadedGraph graph, Curriculum c, Selection s, ExportFormat format, Writer out) {
    if (format.rdf()) {
      RdfExport.write(graph, c, s, format, out);
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      write(c, s, format, out);
    }
  }
}
