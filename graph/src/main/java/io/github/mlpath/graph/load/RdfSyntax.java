package io.github.mlpath.graph.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The RDF syntaxes mlpath reads, each known by its file extensions. Plain Java, so that listing and
 * fingerprinting the inputs loads no RDF library (planning from a snapshot never does).
 */
public enum RdfSyntax {
  TURTLE(".ttl"),
  NTRIPLES(".nt"),
  TRIG(".trig"),
  NQUADS(".nq"),
  JSONLD(".jsonld"),
  RDFXML(".rdf", ".owl", ".xml");

  private final List<String> extensions;

  RdfSyntax(String... extensions) {
    this.extensions = List.of(extensions);
  }

  /** The syntax a file's name says, if it says one. */
  public static Optional<RdfSyntax> of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (RdfSyntax s : values()) {
      for (String ext : s.extensions) {
        if (name.endsWith(ext)) {
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the parser of this syntax gives each triple a line and column. */
  public boolean hasPositions() {
    return this != RDFXML && this != JSONLD;
  }
}
