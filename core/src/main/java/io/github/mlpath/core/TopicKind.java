package io.github.mlpath.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a topic is: a programming skill, a project, a machine-learning concept or a math topic.
 * Planners use the kind to put programming first, projects next, and math just in time.
 */
public enum TopicKind {
  PROGRAMMING("programming", "a programming skill"),
  PROJECT("project", "a project"),
  ML_CONCEPT("ml-concept", "an ML concept"),
  MATH("math", "a math topic");

  private final String slug;
  private final String noun;

  TopicKind(String slug, String noun) {
    this.slug = slug;
    this.noun = noun;
  }

  /** What a topic of this kind is, in words with its article: "an ML concept". */
  public String noun() {
    return noun;
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
