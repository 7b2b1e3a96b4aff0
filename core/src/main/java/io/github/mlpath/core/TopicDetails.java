package io.github.mlpath.core;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the data may say about a topic beyond its identity: other names, a definition, where it
 * belongs, how long it takes, where else it is described. Immutable. The snapshot keeps it apart
 * from the dense per-topic arrays, since most synthetic topics have none of it.
 *
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
public record TopicDetails(
    List<String> altLabels,
    Optional<String> definition,
    List<String> broader,
    Optional<Duration> learningTime,
    List<String> matches,
    boolean umbrella,
    OptionalInt teachingOrder) {

  /** Nothing beyond the identity. */
  public static final TopicDetails NONE = of(List.of(), Optional.empty(), List.of());

  public TopicDetails {
    altLabels = List.copyOf(altLabels);
    Records.requireNonNull(TopicDetails.class, definition, learningTime, teachingOrder);
    broader = List.copyOf(broader);
    matches = List.copyOf(matches);
  }

  /** Names, a definition and wider topics only: no stated time, matches, umbrella or order. */
  public static TopicDetails of(
      List<String> altLabels, Optional<String> definition, List<String> broader) {
    return new TopicDetails(
        altLabels, definition, broader, Optional.empty(), List.of(), false, OptionalInt.empty());
  }

  /** These details with the topic marked as an umbrella, or not, at a place in teaching order. */
  public TopicDetails withGrouping(boolean umbrella, OptionalInt teachingOrder) {
    return new TopicDetails(
        altLabels, definition, broader, learningTime, matches, umbrella, teachingOrder);
  }

  boolean isEmpty() {
    return equals(NONE);
  }
}
