package io.github.mlpath.core.compare;

import io.github.mlpath.core.Slugged;

/** What the other curriculum says about one prerequisite pair. */
public enum Verdict implements Slugged {
  /** It also makes the topic require the other, directly or through other topics. */
  AGREES,
  /** It makes the required topic require the topic: a contradiction. */
  REVERSED,
  /** It relates the two topics in neither direction. */
  MISSING,
  /**
   * One of the two topics has no counterpart there, or its counterpart is an umbrella (a grouping,
   * never a step), so the pair cannot be judged.
   */
  UNALIGNED;
}
