package io.github.mlpath.core;

import java.util.Optional;

/**
 * What a topic is: a programming skill, a project, a machine-learning concept or a math topic.
 * Planners use the kind to put programming first, projects next, and math just in time.
 */
public enum TopicKind implements Slugged {
  PROGRAMMING("a programming skill"),
  PROJECT("a project"),
  ML_CONCEPT("an ML concept"),
  MATH("a math topic");

  private final String noun;

  TopicKind(String noun) {
    this.noun = noun;
  }

  /** What a topic of this kind is, in words with its article: "an ML concept". */
  public String noun() {
    return noun;
  }

  /** The kind whose {@link #slug()} is {@code slug}, if any. */
  public static Optional<TopicKind> fromSlug(String slug) {
    return Slugged.fromSlug(TopicKind.class, slug);
  }
}
