package io.github.mlpath.cli;

import io.github.mlpath.core.Depth;
import io.github.mlpath.core.Medium;
import io.github.mlpath.core.lookup.ResourcePreferences;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Which resources a learner prefers, shared by path and need. */
final class ResourceOptions {
  @Option(
      names = "--prefer",
      paramLabel = "MEDIUM",
      description = "Prefer resources of this medium: video, book, interactive, course, article.",
      converter = Converters.MediumConverter.class)
  Medium prefer;

  @Option(names = "--free-only", description = "Only resources that cost nothing.")
  boolean freeOnly;

  Optional<Depth> depth = Optional.empty();

  ResourcePreferences preferences() {
    return new ResourcePreferences(Optional.ofNullable(prefer), freeOnly, depth);
  }
}
