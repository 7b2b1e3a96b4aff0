package io.github.mlpath.core;

import java.util.Optional;

/**
 * What a topic is: a programming skill, a project, a machine-learning concept or a math topic.
 * Planners use the kind to put programming first, projects next, and math just in time.
 */
public enum TopicKind implements Slugged {
  PROGRAMMING,
  PROJECT,
  ML_CONCEPT,
  MATH;

  /** The kind whose {@link #slug()} is {@code slug}, if any. */
  public static Optional<TopicKind> fromSlug(String slug) {
    return Slugged.fromSlug(TopicKind.class, slug);
  }
}
