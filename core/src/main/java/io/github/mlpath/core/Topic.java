package io.github.mlpath.core;

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
 * @param details what else the data says about it ({@link TopicDetails#NONE} when nothing)
 */
public record Topic(
    String id,
    String iri,
    String label,
    TopicKind kind,
    Optional<String> area,
    TopicDetails details) {

  public Topic {
    Records.requireNonNull(Topic.class, id, iri, label, kind, area, details);
  }

  /** This topic marked as an umbrella, or not. */
  public Topic withUmbrella(boolean umbrella) {
    return with(details.withGrouping(umbrella, details.teachingOrder()));
  }

  /** This topic at {@code position} in the teaching order. */
  public Topic withTeachingOrder(int position) {
    return with(details.withGrouping(details.umbrella(), OptionalInt.of(position)));
  }

  private Topic with(TopicDetails newDetails) {
    return new Topic(id, iri, label, kind, area, newDetails);
  }

  /** A topic with only the required fields, as synthetic curricula and tests use. */
  public static Topic of(String id, String iri, String label, TopicKind kind) {
    return new Topic(id, iri, label, kind, Optional.empty(), TopicDetails.NONE);
  }
}
