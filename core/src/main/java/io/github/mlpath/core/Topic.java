package io.github.mlpath.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing to learn, as a value. Immutable; two topics are equal when all their fields are.
 *
 * @param id the slug that ends the topic's IRI, such as {@code chain-rule}; its name on the command
 *     line and in JSON
 * @param iri the topic's IRI in the data
 * @param label the preferred label, such as "Chain rule"
 * @param kind what the topic is
 * @param area the id of the topic's area, if it has one
 * @param altLabels other names the topic goes by
 * @param definition a one-paragraph description, if the data has one
 * @param broader ids of the wider topics this one belongs to ({@code skos:broader})
 */
public record Topic(
    String id,
    String iri,
    String label,
    TopicKind kind,
    Optional<String> area,
    List<String> altLabels,
    Optional<String> definition,
    List<String> broader) {

  public Topic {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(iri, "iri");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(area, "area");
    altLabels = List.copyOf(altLabels);
    Objects.requireNonNull(definition, "definition");
    broader = List.copyOf(broader);
  }

  /** A topic with only the required fields, as synthetic curricula and tests use. */
  public static Topic of(String id, String iri, String label, TopicKind kind) {
    return new Topic(
        id, iri, label, kind, Optional.empty(), List.of(), Optional.empty(), List.of());
  }
}
