package io.github.mlpath.core;

import java.util.Optional;

/** How deep a resource goes: intuition first (3Blue1Brown) or rigorous (Strang, a textbook). */
public enum Depth implements Slugged {
  INTUITION,
  RIGOROUS;

  /** The depth whose {@link #slug()} is {@code slug}, if any. */
  public static Optional<Depth> fromSlug(String slug) {
    return Slugged.fromSlug(Depth.class, slug);
  }
}
