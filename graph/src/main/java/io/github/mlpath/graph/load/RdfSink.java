package io.github.mlpath.graph.load;

import org.apache.jena.graph.Node;

/**
 * Receives the triples of a document as {@link StreamingParser} reads them, each with the line and
 * column where the parser produced it (0 when the syntax gives no positions: RDF/XML, JSON-LD).
 * Quads arrive as their triples: named graphs are merged.
 */
public interface RdfSink {
  /** One triple, read at {@code line}:{@code column}. */
  void triple(Node s, Node p, Node o, long line, long column);

  /** A prefix the document declared. */
  default void prefix(String prefix, String iri) {}
}
