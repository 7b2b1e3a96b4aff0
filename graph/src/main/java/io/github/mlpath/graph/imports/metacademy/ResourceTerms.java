package io.github.mlpath.graph.imports.metacademy;

import io.github.mlpath.core.Depth;
import io.github.mlpath.core.Medium;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How Metacademy's {@code resource_type} and {@code level} values map onto mlpath's media and
 * depths (the table in docs/import.md). A value not in the table maps to nothing, and the import
 * notes it.
 */
final class ResourceTerms {
  private ResourceTerms() {}

  private static final Map<String, Medium> MEDIA =
      Map.ofEntries(
          Map.entry("textbook", Medium.BOOK),
          Map.entry("online textbook", Medium.BOOK),
          Map.entry("book", Medium.BOOK),
          Map.entry("online lectures", Medium.VIDEO),
          Map.entry("video lecture", Medium.VIDEO),
          Map.entry("video lectures", Medium.VIDEO),
          Map.entry("video tutorials", Medium.VIDEO),
          Map.entry("youtube videos", Medium.VIDEO),
          Map.entry("video", Medium.VIDEO),
          Map.entry("tutorial video", Medium.VIDEO),
          Map.entry("online lecture", Medium.VIDEO),
          Map.entry("online course", Medium.COURSE),
          Map.entry("lecture notes", Medium.ARTICLE),
          Map.entry("paper", Medium.ARTICLE),
          Map.entry("research paper", Medium.ARTICLE),
          Map.entry("tutorial paper", Medium.ARTICLE),
          Map.entry("blog post", Medium.ARTICLE),
          Map.entry("review paper", Medium.ARTICLE),
          Map.entry("survey paper", Medium.ARTICLE),
          Map.entry("technical report", Medium.ARTICLE),
          Map.entry("thesis", Medium.ARTICLE),
          Map.entry("wiki", Medium.ARTICLE),
          Map.entry("reference", Medium.ARTICLE),
          Map.entry("online compendium", Medium.ARTICLE),
          Map.entry("forum", Medium.ARTICLE),
          Map.entry("blog", Medium.ARTICLE),
          Map.entry("website", Medium.ARTICLE),
          Map.entry("interactive", Medium.INTERACTIVE),
          Map.entry("interactive demonstration", Medium.INTERACTIVE),
          Map.entry("visualization and text", Medium.INTERACTIVE));

  private static final Map<String, Depth> DEPTHS =
      Map.of(
          "introductory", Depth.INTUITION,
          "advanced undergraduate", Depth.RIGOROUS,
          "graduate", Depth.RIGOROUS,
          "expert", Depth.RIGOROUS);

  /** The medium of a {@code resource_type}. */
  static Optional<Medium> medium(String resourceType) {
    return Optional.ofNullable(MEDIA.get(resourceType.strip().toLowerCase(Locale.ROOT)));
  }

  /** The depth of a {@code level}; {@code undergraduate} and {@code reference} have none. */
  static Optional<Depth> depth(String level) {
    return Optional.ofNullable(DEPTHS.get(level.strip().toLowerCase(Locale.ROOT)));
  }

  /** Whether a {@code level} is one Metacademy uses that deliberately maps to no depth. */
  static boolean knownWithoutDepth(String level) {
    String l = level.strip().toLowerCase(Locale.ROOT);
    return l.equals("undergraduate") || l.equals("reference");
  }
}
