package io.github.mlpath.graph.export;

import io.github.mlpath.core.TopicKind;

/** The look of each topic kind, shared by the DOT, Mermaid and HTML writers so they agree. */
final class Style {
  private Style() {}

  /** Fill colour of a kind: blue, orange, green, purple (Tableau 10, lightened). */
  static String fill(TopicKind kind) {
    return switch (kind) {
      case PROGRAMMING -> "#cfe2f3";
      case PROJECT -> "#fce5cd";
      case ML_CONCEPT -> "#d9ead3";
      case MATH -> "#e4d7f5";
    };
  }

  /** Border colour of a kind, darker than its fill. */
  static String stroke(TopicKind kind) {
    return switch (kind) {
      case PROGRAMMING -> "#3d6fa3";
      case PROJECT -> "#c26a12";
      case ML_CONCEPT -> "#3f7f3a";
      case MATH -> "#6a4c9c";
    };
  }

  /** Graphviz shape of a kind, so the kind shows in black and white too. */
  static String dotShape(TopicKind kind) {
    return switch (kind) {
      case PROGRAMMING -> "box";
      case PROJECT -> "hexagon";
      case ML_CONCEPT -> "ellipse";
      case MATH -> "box";
    };
  }

  /** Colour of the highlighted path. */
  static final String PATH = "#d62728";
}
