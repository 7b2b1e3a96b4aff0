package io.github.mlpath.core.learner;

import io.github.mlpath.core.Slugged;
import java.util.Optional;

/**
 * How a topic came to be known in a profile: marked by the learner, placed by the quiz, or implied.
 */
public enum MarkOrigin implements Slugged {
  /** The learner said they learned it ({@code mlpath learned}). */
  LEARNED,
  /** The learner answered yes to it in the placement quiz ({@code mlpath assess}). */
  ASSESSED,
  /** A marked topic requires it, directly or not. */
  IMPLIED;

  /** The origin whose {@link #slug()} is {@code slug}, if any. */
  public static Optional<MarkOrigin> fromSlug(String slug) {
    return Slugged.fromSlug(MarkOrigin.class, slug);
  }
}
