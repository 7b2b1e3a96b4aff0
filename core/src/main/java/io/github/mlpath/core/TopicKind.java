package io.github.mlpath.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a topic is: a programming skill, a project, a machine-learning concept or a math topic.
 * Planners use the kind to put programming first, projects next, and math just in time.
 */
public enum TopicKind {
  PROGRAMMING("programming"),
  PROJECT("project"),
  ML_CONCEPT("ml-concept"),
  MATH("math");

  private final String slug;

  TopicKind(String slug) {
    this.slug = slug;
  }

  /** The lower-case name used on the command line and in JSON, such as {@code ml-concept}. */
  public String slug() {
    return slug;
  }

  /** The kind whose {@link #slug()} is {@code slug}, if any. */
  public static Optional<TopicKind> fromSlug(String slug) {
    return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
  }
}
