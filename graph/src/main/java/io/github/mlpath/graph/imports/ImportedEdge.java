package io.github.mlpath.graph.imports;

import io.github.mlpath.core.Records;
import io.github.mlpath.graph.SourceLocation;
import java.util.Optional;

/**
 * A prerequisite pair as a dataset states it: {@code topic} requires {@code required}. Immutable.
 *
 * @param topic the slug of the topic that has the prerequisite
 * @param required the slug of the topic to learn first; either may name no imported topic (a
 *     dangling reference)
 * @param topicAsGiven the topic as the dataset wrote it, for messages
 * @param requiredAsGiven the required topic as the dataset wrote it
 * @param reason why, if the dataset says
 * @param gist whether the topic needs only the gist of the required one (a Metacademy shortcut)
 * @param at where the dataset states the pair
 */
public record ImportedEdge(
    String topic,
    String required,
    String topicAsGiven,
    String requiredAsGiven,
    Optional<String> reason,
    boolean gist,
    SourceLocation at) {

  public ImportedEdge {
    Records.requireNonNull(
        ImportedEdge.class, topic, required, topicAsGiven, requiredAsGiven, reason, at);
  }

  /** {@code topic -> required}. */
  public String pair() {
    return topic + " -> " + required;
  }

  /** This edge between other topics, as when duplicate topics are merged. */
  public ImportedEdge between(String newTopic, String newRequired) {
    return new ImportedEdge(newTopic, newRequired, topicAsGiven, requiredAsGiven, reason, gist, at);
  }
}
