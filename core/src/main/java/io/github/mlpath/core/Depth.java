package io.github.mlpath.core;

import java.util.Arrays;
import java.util.Optional;

/** How deep a resource goes: intuition first (3Blue1Brown) or rigorous (Strang, a textbook). */
public enum Depth {
  INTUITION("intuition"),
  RIGOROUS("rigorous");

  private final String slug;

  Depth(String slug) {
    this.slug = slug;
  }

  /** The lower-case name used in the data, on the command line and in JSON. */
  public String slug() {
    return slug;
  }

  /** The depth whose {@link #slug()} is {@code slug}, if any. */
  public static Optional<Depth> fromSlug(String slug) {
    return Arrays.stream(values()).filter(d -> d.slug.equals(slug)).findFirst();
  }
}
