package io.github.mlpath.graph.export;

import io.github.mlpath.core.TopicKind;

/**
 * The look of a topic kind, shared by the DOT, Mermaid and HTML writers so they agree.
 *
 * @param fill the fill colour: blue, orange, green, purple (Tableau 10, lightened)
 * @param stroke the border colour, darker than the fill
 * @param dotShape the Graphviz shape, so the kind shows in black and white too
 */
record Style(String fill, String stroke, String dotShape) {
  /** Colour of the highlighted path. */
  static final String PATH = "#d62728";

  /** The look of {@code kind}. */
  static Style of(TopicKind kind) {
    return switch (kind) {
      case PROGRAMMING -> new Style("#cfe2f3", "#3d6fa3", "box");
      case PROJECT -> new Style("#fce5cd", "#c26a12", "hexagon");
      case ML_CONCEPT -> new Style("#d9ead3", "#3f7f3a", "ellipse");
      case MATH -> new Style("#e4d7f5", "#6a4c9c", "box");
    };
  }
}
