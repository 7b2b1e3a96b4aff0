package io.github.mlpath.graph.query;

import io.github.mlpath.core.Slugged;
import java.util.Optional;

/**
 * How a query's answer is written: result formats for SELECT and ASK, graph formats for CONSTRUCT
 * and DESCRIBE.
 */
public enum AnswerFormat implements Slugged {
  TABLE(false),
  CSV(false),
  TSV(false),
  JSON(false),
  XML(false),
  TURTLE(true),
  NTRIPLES(true),
  JSONLD(true);

  private final boolean graph;

  AnswerFormat(boolean graph) {
    this.graph = graph;
  }

  /** Whether this format writes RDF graphs (CONSTRUCT, DESCRIBE) rather than results. */
  public boolean graph() {
    return graph;
  }

  /** The format with this slug. */
  public static Optional<AnswerFormat> fromSlug(String slug) {
    return Slugged.fromSlug(AnswerFormat.class, slug);
  }
}
