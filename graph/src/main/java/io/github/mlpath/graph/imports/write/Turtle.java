package io.github.mlpath.graph.imports.write;

/** Turtle's lexical forms: string literals with their escapes, and IRIs in angle brackets. */
final class Turtle {
  private Turtle() {}

  /** {@code text} as a double-quoted Turtle string. */
  static String string(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** {@code text} as an English string. */
  static String english(String text) {
    return string(text) + "@en";
  }

  /** An IRI that is already fit for Turtle (see {@code Urls.clean}). */
  static String iri(String iri) {
    return "<" + iri + ">";
  }
}
