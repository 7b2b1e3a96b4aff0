package io.github.mlpath.graph.export;

import java.util.Arrays;
import java.util.Optional;

/**
 * The formats {@link Exporter} writes. The four RDF syntaxes are written by Jena from the loaded
 * model and load back into the same graph; the others are written straight from the core {@link
 * io.github.mlpath.core.Curriculum} snapshot, streaming, with no RDF library.
 */
public enum ExportFormat {
  /** Turtle, with the data's prefixes. */
  TURTLE("turtle", "ttl", true),
  /** N-Triples, one triple a line. */
  NTRIPLES("ntriples", "nt", true),
  /** JSON-LD 1.1 with an inline context. */
  JSONLD("jsonld", "jsonld", true),
  /** RDF/XML. */
  RDFXML("rdfxml", "rdf", true),
  /** Graphviz DOT: areas as clusters, kinds as colours and shapes, ranks by learning depth. */
  DOT("dot", "dot", false),
  /** GraphML with every attribute declared by a {@code <key>}, for Gephi, yEd and networkx. */
  GRAPHML("graphml", "graphml", false),
  /** Cytoscape.js elements JSON (the {@code .cyjs} shape Cytoscape desktop also reads). */
  CYTOSCAPE("cytoscape", "cyjs", false),
  /** A Mermaid flowchart, as GitHub renders in a {@code ```mermaid} block. */
  MERMAID("mermaid", "mmd", false),
  /** One self-contained HTML page: an interactive map, plain JavaScript and SVG. */
  HTML("html", "html", false);

  private final String slug;
  private final String extension;
  private final boolean rdf;

  ExportFormat(String slug, String extension, boolean rdf) {
    this.slug = slug;
    this.extension = extension;
    this.rdf = rdf;
  }

  /** The name on the command line, such as {@code graphml}. */
  public String slug() {
    return slug;
  }

  /** The usual file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** Whether this is an RDF syntax, written from the loaded model rather than the snapshot. */
  public boolean rdf() {
    return rdf;
  }

  /** The format whose {@link #slug()} is {@code slug}, ignoring case. */
  public static Optional<ExportFormat> fromSlug(String slug) {
    return Arrays.stream(values()).filter(f -> f.slug.equalsIgnoreCase(slug)).findFirst();
  }
}
