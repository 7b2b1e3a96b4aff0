package io.github.mlpath.core;

import java.time.Duration;
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
 * @param learningTime how long a learner needs for the whole topic, when the data states it (an
 *     imported dataset's own estimate, such as Metacademy's); planning prefers it to a resource's
 *     length
 * @param matches IRIs of the same concept elsewhere ({@code skos:exactMatch}), such as its
 *     Wikipedia article; merging and comparing curricula align topics through them
 */
public record Topic(
    String id,
    String iri,
    String label,
    TopicKind kind,
    Optional<String> area,
    List<String> altLabels,
    Optional<String> definition,
    List<String> broader,
    Optional<Duration> learningTime,
    List<String> matches) {

  public Topic {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(iri, "iri");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(area, "area");
    altLabels = List.copyOf(altLabels);
    Objects.requireNonNull(definition, "definition");
    broader = List.copyOf(broader);
    Objects.requireNonNull(learningTime, "learningTime");
    matches = List.copyOf(matches);
  }

  /** A topic without a stated learning time and without matches elsewhere. */
  public Topic(
      String id,
      String iri,
      String label,
      TopicKind kind,
      Optional<String> area,
      List<String> altLabels,
      Optional<String> definition,
      List<String> broader) {
    this(id, iri, label, kind, area, altLabels, definition, broader, Optional.empty(), List.of());
  }

  /** A topic with only the required fields, as synthetic curricula and tests use. */
  public static Topic of(String id, String iri, String label, TopicKind kind) {
    return new Topic(
        id, iri, label, kind, Optional.empty(), List.of(), Optional.empty(), List.of());
  }
}
