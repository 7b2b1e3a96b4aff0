package io.github.mlpath.core;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

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
 * @param umbrella whether it is an umbrella topic ({@code mlp:Umbrella}), such as Calculus: a
 *     grouping of the topics under it, never a step of a path itself
 * @param teachingOrder its place in the data's teaching order ({@code mlp:teachingOrder}): among
 *     topics that could come next, the lower number comes first
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
    List<String> matches,
    boolean umbrella,
    OptionalInt teachingOrder) {

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
    Objects.requireNonNull(teachingOrder, "teachingOrder");
  }

  /** A topic with a learning time and matches, not an umbrella and in no teaching order. */
  public Topic(
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
    this(
        id,
        iri,
        label,
        kind,
        area,
        altLabels,
        definition,
        broader,
        learningTime,
        matches,
        false,
        OptionalInt.empty());
  }

  /** A topic without a stated learning time, matches elsewhere, umbrella mark or teaching order. */
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

  /** This topic marked as an umbrella, or not. */
  public Topic withUmbrella(boolean umbrella) {
    return withGrouping(umbrella, teachingOrder);
  }

  /** This topic at {@code position} in the teaching order. */
  public Topic withTeachingOrder(int position) {
    return withGrouping(umbrella, OptionalInt.of(position));
  }

  private Topic withGrouping(boolean umbrella, OptionalInt teachingOrder) {
    return new Topic(
        id,
        iri,
        label,
        kind,
        area,
        altLabels,
        definition,
        broader,
        learningTime,
        matches,
        umbrella,
        teachingOrder);
  }

  /** A topic with only the required fields, as synthetic curricula and tests use. */
  public static Topic of(String id, String iri, String label, TopicKind kind) {
    return new Topic(
        id, iri, label, kind, Optional.empty(), List.of(), Optional.empty(), List.of());
  }
}
