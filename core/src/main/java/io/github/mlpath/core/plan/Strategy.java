package io.github.mlpath.core.plan;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a learning path puts math. Both strategies give a valid learning order of the same topics.
 */
public enum Strategy {
  /**
   * Just in time, the default: programming first, then a first project, then ML concepts, each math
   * topic as late as possible, right before the first step that needs it.
   */
  JIT("jit"),
  /** The traditional order: every math topic as early as possible. */
  MATH_FIRST("math-first");

  private final String slug;

  Strategy(String slug) {
    this.slug = slug;
  }

  /** The name used on the command line and in JSON: {@code jit} or {@code math-first}. */
  public String slug() {
    return slug;
  }

  /** The strategy whose {@link #slug()} is {@code slug}, if any. */
  public static Optional<Strategy> fromSlug(String slug) {
    return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
  }
}
