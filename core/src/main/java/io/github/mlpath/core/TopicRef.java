package io.github.mlpath.core;

/**
 * A topic as results name it: id, label and kind, ready to print as text, markdown or JSON.
 * Immutable.
 *
 * @param id the topic's id, such as {@code chain-rule}
 * @param label its preferred label, such as "Chain rule"
 * @param kind what it is
 */
public record TopicRef(String id, String label, TopicKind kind) {
  public TopicRef {
    Records.requireNonNull(TopicRef.class, id, label, kind);
  }

  /** The reference to topic index {@code topic} of {@code c}. */
  public static TopicRef of(Curriculum c, int topic) {
    return new TopicRef(c.id(topic), c.label(topic), c.kind(topic));
  }
}
