package io.github.mlpath.graph.export;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.graph.load.LoadedGraph;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/** Writes one {@link ExportFormat}: each format is one implementation, registered in the enum. */
interface FormatWriter {

  /** Whether it writes from the loaded RDF, so it needs the graph, rather than the snapshot. */
  boolean needsGraph();

  /**
   * Writes the selection; {@code graph} is present whenever {@link #needsGraph()}. Does not close
   * {@code out}.
   */
  void write(Optional<LoadedGraph> graph, Curriculum c, Selection s, Writer out) throws IOException;

  /** A format written from the snapshot alone, streaming, through a {@link View}. */
  abstract class FromSnapshot implements FormatWriter {
    @Override
    public final boolean needsGraph() {
      return false;
    }

    @Override
    public final void write(Optional<LoadedGraph> graph, Curriculum c, Selection s, Writer out)
        throws IOException {
      write(View.of(c, s), out);
    }

    /** Writes the view's topics and edges. */
    abstract void write(View view, Writer out) throws IOException;
  }
}
