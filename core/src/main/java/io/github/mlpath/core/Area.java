package io.github.mlpath.core;

import java.util.Objects;

/**
 * A subject area such as Python, Machine Learning or Linear Algebra. Immutable.
 *
 * @param id the slug used on the command line, such as {@code linear-algebra}
 * @param iri the area's IRI in the data
 * @param label the human-readable name
 */
public record Area(String id, String iri, String label) {
  public Area {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(iri, "iri");
    Objects.requireNonNull(label, "label");
  }
}
