package io.github.mlpath.core.learner;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a review went, as the learner grades it ({@code mlpath reviewed TOPIC --again|--hard|--good|
 * --easy}), with the SM-2 quality (0 to 5) each grade stands for.
 */
public enum Grade {
  /** Forgot it: quality 1, the review sequence starts again. */
  AGAIN("again", 1),
  /** Recalled it with serious difficulty: quality 3. */
  HARD("hard", 3),
  /** Recalled it after some hesitation: quality 4, the ease stays as it is. */
  GOOD("good", 4),
  /** Recalled it perfectly: quality 5. */
  EASY("easy", 5);

  private final String slug;
  private final int quality;

  Grade(String slug, int quality) {
    this.slug = slug;
    this.quality = quality;
  }

  /** The lower-case name used on the command line and in JSON. */
  public String slug() {
    return slug;
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
    return Arrays.stream(values()).filter(g -> g.slug.equals(slug)).findFirst();
  }
}
