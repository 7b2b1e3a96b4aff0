package io.github.mlpath.core.learner;

import io.github.mlpath.core.Slugged;
import java.util.Optional;

/**
 * How a review went, as the learner grades it ({@code mlpath reviewed TOPIC --again|--hard|--good|
 * --easy}), with the SM-2 quality (0 to 5) each grade stands for.
 */
public enum Grade implements Slugged {
  /** Forgot it: quality 1, the review sequence starts again. */
  AGAIN(1),
  /** Recalled it with serious difficulty: quality 3. */
  HARD(3),
  /** Recalled it after some hesitation: quality 4, the ease stays as it is. */
  GOOD(4),
  /** Recalled it perfectly: quality 5. */
  EASY(5);

  private final int quality;

  Grade(int quality) {
    this.quality = quality;
  }

  /** SM-2's quality of response, 0 (blackout) to 5 (perfect). */
  public int quality() {
    return quality;
  }

  /** Whether SM-2 counts it as recalled (quality 3 or more). */
  public boolean recalled() {
    return quality >= 3;
  }

  /** The grade whose {@link #slug()} is {@code slug}, if any. */
  public static Optional<Grade> fromSlug(String slug) {
    return Slugged.fromSlug(Grade.class, slug);
  }
}
