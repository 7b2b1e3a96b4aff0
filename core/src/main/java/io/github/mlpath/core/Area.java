package io.github.mlpath.core;

/**
 * A subject area such as Python, Machine Learning or Linear Algebra. Immutable.
 *
 * @param id the slug used on the command line, such as {@code linear-algebra}
 * @param iri the area's IRI in the data
 * @param label the human-readable name
 */
public record Area(String id, String iri, String label) {
  public Area {
    Records.requireNonNull(Area.class, id, iri, label);
  }
}
