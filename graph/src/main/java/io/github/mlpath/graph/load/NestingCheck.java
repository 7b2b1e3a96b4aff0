package io.github.mlpath.graph.load;

import io.github.mlpath.graph.LoadException;

/**
 * Refuses Turtle and TriG nested deeper than {@link #MAX_DEPTH} brackets before the recursive
 * parser sees them, so that a hostile file gives an error with a position instead of a stack
 * overflow. It skips strings, IRIs and comments; it does not otherwise check syntax.
 */
final class NestingCheck {
  static final int MAX_DEPTH = 1000;

  private NestingCheck() {}

  static void check(String source, String text) {
    int depth = 0;
    long line = 1;
    int lineStart = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> {
          line++;
          lineStart = i + 1;
          i++;
        }
        case '#' -> {
          while (i < n && text.charAt(i) != '\n') {
            i++;
          }
        }
        case '<' -> {
          i++;
          while (i < n && text.charAt(i) != '>' && text.charAt(i) != '\n') {
            i++;
          }
          i++;
        }
        case '"', '\'' -> {
          boolean longString = i + 2 < n && text.charAt(i + 1) == c && text.charAt(i + 2) == c;
          i += longString ? 3 : 1;
          while (i < n) {
            char d = text.charAt(i);
            if (d == '\\') {
              i += 2;
              continue;
            }
            if (d == '\n') {
              if (!longString) {
                break;
              }
              line++;
              lineStart = i + 1;
            }
            if (d == c) {
              if (!longString) {
                i++;
                break;
              }
              if (i + 2 < n && text.charAt(i + 1) == c && text.charAt(i + 2) == c) {
                i += 3;
                break;
              }
            }
            i++;
          }
        }
        case '[', '(', '{' -> {
          depth++;
          if (depth > MAX_DEPTH) {
            throw new LoadException(
                source,
                line,
                i - lineStart + 1,
                "brackets nested more than " + MAX_DEPTH + " deep");
          }
          i++;
        }
        case ']', ')', '}' -> {
          depth = Math.max(0, depth - 1);
          i++;
        }
        default -> i++;
      }
    }
  }
}
