package io.github.mlpath.graph.query;

import java.util.Locale;
import java.util.Optional;

/**
 * How a query's answer is written: result formats for SELECT and ASK, graph formats for CONSTRUCT
 * and DESCRIBE.
 */
public enum AnswerFormat {
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

  /** The lower-case name used on the command line and in URLs. */
  public String slug() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format with this slug. */
  public static Optional<AnswerFormat> fromSlug(String slug) {
    for (AnswerFormat f : values()) {
      if (f.slug().equals(slug)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
