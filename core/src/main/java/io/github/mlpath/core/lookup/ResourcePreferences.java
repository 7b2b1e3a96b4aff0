package io.github.mlpath.core.lookup;

import io.github.mlpath.core.Depth;
import io.github.mlpath.core.Medium;
import io.github.mlpath.core.Records;
import java.util.Optional;

/**
 * What a learner prefers in a resource. Immutable. {@link ResourceChooser} treats them as
 * preferences, not hard filters: when no resource fits, it falls back and says so.
 *
 * @param medium the preferred medium, if any
 * @param freeOnly whether to prefer resources marked free above everything else
 * @param depth intuition or rigorous, if any
 */
public record ResourcePreferences(
    Optional<Medium> medium, boolean freeOnly, Optional<Depth> depth) {
  /** No preference: the data's start-with resource, else the first one declared. */
  public static final ResourcePreferences NONE =
      new ResourcePreferences(Optional.empty(), false, Optional.empty());

  public ResourcePreferences {
    Records.requireNonNull(ResourcePreferences.class, medium, depth);
  }

  /** These preferences with {@code medium} preferred. */
  public ResourcePreferences withMedium(Medium medium) {
    return new ResourcePreferences(Optional.of(medium), freeOnly, depth);
  }

  /** These preferences with free resources required when there are any. */
  public ResourcePreferences withFreeOnly(boolean freeOnly) {
    return new ResourcePreferences(medium, freeOnly, depth);
  }

  /** These preferences with {@code depth} preferred. */
  public ResourcePreferences withDepth(Depth depth) {
    return new ResourcePreferences(medium, freeOnly, Optional.of(depth));
  }
}
