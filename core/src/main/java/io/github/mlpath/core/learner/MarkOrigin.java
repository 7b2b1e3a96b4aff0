package io.github.mlpath.core.learner;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a topic came to be known in a profile: marked by the learner, placed by the quiz, or implied.
 */
public enum MarkOrigin {
  /** The learner said they learned it ({@code mlpath learned}). */
  LEARNED("learned"),
  /** The learner answered yes to it in the placement quiz ({@code mlpath assess}). */
  ASSESSED("assessed"),
  /** A marked topic requires it, directly or not. */
  IMPLIED("implied");

  private final String slug;

  MarkOrigin(String slug) {
    this.slug = slug;
  }

  /** The lower-case name used in the profile file and in JSON. */
  public String slug() {
    return slug;
  }

  /** The origin whose {@link #slug()} is {@code slug}, if any. */
  public static Optional<MarkOrigin> fromSlug(String slug) {
    return Arrays.stream(values()).filter(o -> o.slug.equals(slug)).findFirst();
  }
}
