package io.github.mlpath.graph.load;

import org.apache.jena.graph.Node;

/**
 * Receives the triples of a document as {@link StreamingParser} reads them, each with where the
 * parser produced it and where its subject was written, packed by {@link #at} (0 when the syntax
 * gives no positions: RDF/XML, JSON-LD). Quads arrive as their triples: named graphs are merged.
 */
public interface RdfSink {
  /**
   * One triple.
   *
   * @param at where the parser produced it (in Turtle, its object), packed by {@link #at}
   * @param subjectAt where its subject was written, when the parser says; else {@code at}
   */
  void triple(Node s, Node p, Node o, long at, long subjectAt);

  /** A line and column as one long: the line times 2^16 plus the column (0 past 65,535). */
  static long at(long line, long column) {
    long l = Math.min(Math.max(line, 0), 0xffffffffL);
    long c = column > 0xffff || column < 0 ? 0 : column;
    return (l << 16) | c;
  }

  static long lineOf(long at) {
    return (at >>> 16) & 0xffffffffL;
  }

  static long columnOf(long at) {
    return at & 0xffff;
  }

  /** The triples that follow come from the next document. */
  default void startSource() {}

  /** A prefix the document declared. */
  default void prefix(String prefix, String iri) {}
}
