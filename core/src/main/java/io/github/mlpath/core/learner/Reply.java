package io.github.mlpath.core.learner;

import io.github.mlpath.core.Slugged;
import java.util.Arrays;
import java.util.Optional;

/** A learner's answer to "Can you do X?" in the placement quiz. */
public enum Reply implements Slugged {
  /** They can: X and everything it requires count as known. */
  YES,
  /** They cannot: X and everything that requires it count as unknown. */
  NO,
  /** They would rather not say: X is not asked again and stays undecided unless implied. */
  SKIP;

  /**
   * The reply a learner typed: {@code yes}, {@code no}, {@code skip}, or their first letters,
   * ignoring case and surrounding spaces.
   */
  public static Optional<Reply> parse(String typed) {
    String t = typed.strip().toLowerCase(java.util.Locale.ROOT);
    return Arrays.stream(values())
        .filter(r -> r.slug().equals(t) || (t.length() == 1 && r.slug().charAt(0) == t.charAt(0)))
        .findFirst();
  }
}
