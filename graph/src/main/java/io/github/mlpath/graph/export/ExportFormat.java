package io.github.mlpath.graph.export;

import io.github.mlpath.core.Slugged;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/**
 * The formats {@link Exporter} writes, each with its writer: a new format is one writer class and
 * one constant here (the command line's help and the streaming test follow this list). The four RDF
 * syntaxes are written by Jena from the loaded model and load back into the same graph; the others
 * are written straight from the core {@link io.github.mlpath.core.Curriculum} snapshot, streaming,
 * with no RDF library.
 */
public enum ExportFormat implements Slugged {
  /** Turtle, with the data's prefixes. */
  TURTLE("ttl", new RdfExport(RDFFormat.TURTLE_PRETTY)),
  /** N-Triples, one triple a line. */
  NTRIPLES("nt", new RdfExport(RDFFormat.NTRIPLES_UTF8)),
  /** JSON-LD 1.1 with an inline context. */
  JSONLD("jsonld", new RdfExport(RDFFormat.JSONLD11_PRETTY)),
  /** RDF/XML. */
  RDFXML("rdf", new RdfExport(RDFFormat.RDFXML_PRETTY)),
  /** Graphviz DOT: areas as clusters, kinds as colours and shapes, ranks by learning depth. */
  DOT("dot", new DotWriter()),
  /** GraphML with every attribute declared by a {@code <key>}, for Gephi, yEd and networkx. */
  GRAPHML("graphml", new GraphMlWriter()),
  /** Cytoscape.js elements JSON (the {@code .cyjs} shape Cytoscape desktop also reads). */
  CYTOSCAPE("cyjs", new CytoscapeWriter()),
  /** A Mermaid flowchart, as GitHub renders in a {@code ```mermaid} block. */
  MERMAID("mmd", new MermaidWriter()),
  /** One self-contained HTML page: an interactive map, plain JavaScript and SVG. */
  HTML("html", new HtmlWriter()),
  /** The interactive map's data as JSON: what the HTML page embeds and the web app reads. */
  MAP_JSON("json", new MapDataWriter());

  private final String extension;
  private final FormatWriter writer;

  ExportFormat(String extension, FormatWriter writer) {
    this.extension = extension;
    this.writer = writer;
  }

  /** The usual file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** Whether this is an RDF syntax, written from the loaded model rather than the snapshot. */
  public boolean rdf() {
    return writer.needsGraph();
  }

  FormatWriter writer() {
    return writer;
  }

  /** The format whose {@link #slug()} is {@code slug}, ignoring case. */
  public static Optional<ExportFormat> fromSlug(String slug) {
    return Slugged.fromSlug(ExportFormat.class, slug.toLowerCase(Locale.ROOT));
  }
}
