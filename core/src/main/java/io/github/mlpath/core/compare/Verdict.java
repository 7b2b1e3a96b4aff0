package io.github.mlpath.core.compare;

/** What the other curriculum says about one prerequisite pair. */
public enum Verdict {
  /** It also makes the topic require the other, directly or through other topics. */
  AGREES("agrees"),
  /** It makes the required topic require the topic: a contradiction. */
  REVERSED("reversed"),
  /** It relates the two topics in neither direction. */
  MISSING("missing"),
  /**
   * One of the two topics has no counterpart there, or its counterpart is an umbrella (a grouping,
   * never a step), so the pair cannot be judged.
   */
  UNALIGNED("unaligned");

  private final String slug;

  Verdict(String slug) {
    this.slug = slug;
  }

  /** The name in output. */
  public String slug() {
    return slug;
  }
}
