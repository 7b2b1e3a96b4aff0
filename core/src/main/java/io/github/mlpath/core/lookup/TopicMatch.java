package io.github.mlpath.core.lookup;

import io.github.mlpath.core.Records;
import io.github.mlpath.core.TopicRef;
import java.util.Optional;

/**
 * One answer of a {@link TopicSearch}: the topic, the name of it that matched and how well.
 * Immutable.
 *
 * @param topic the topic
 * @param matched the name that matched what was typed: its label, id or an alternative label
 * @param rank how it matched, best first: 0 the label starts with the text, 1 a word of the label
 *     does, 2 the id or an alternative label (or one of their words) does, 3 the text is inside one
 *     of the names, 4 a name is within a few typing mistakes of it
 * @param area the label of the topic's area, if it has one
 * @param definition the topic's definition, if the data has one
 */
public record TopicMatch(
    TopicRef topic, String matched, int rank, Optional<String> area, Optional<String> definition) {
  public TopicMatch {
    Records.requireNonNull(TopicMatch.class, topic, matched, area, definition);
  }
}
