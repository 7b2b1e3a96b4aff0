package io.github.mlpath.graph.export;

/**
 * Escaping for each output syntax, in one place so each rule is written and tested once. Every
 * function takes arbitrary text (quotes, {@code <}, {@code &}, backslashes, newlines, control
 * characters, non-ASCII letters, even unpaired surrogates) and returns text that the format's
 * parser reads back as the same characters, as far as the format can carry them.
 */
final class Escape {
  private Escape() {}

  /**
   * A DOT double-quoted string for a label or tooltip. Quotes and backslashes are escaped; a
   * newline becomes {@code \n} (a centred line break); {@code &} becomes {@code &amp;} because
   * Graphviz reads entities in labels (so "&amp;lt;" in the data stays literal); other control
   * characters become spaces. Non-ASCII is kept as UTF-8, Graphviz's default charset.
   */
  static String dot(String s) {
    return '"' + escape(s, "\"\\&", true, DOT) + '"';
  }

  /** A DOT double-quoted identifier: only quotes and backslashes need escaping. */
  static String dotId(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /**
   * XML character data, safe in element content and in double-quoted attributes. Newlines and
   * carriage returns become character references so attribute normalisation cannot eat them;
   * characters XML 1.0 cannot carry (most controls, unpaired surrogates) become U+FFFD.
   */
  static String xml(String s) {
    return escape(s, "&<>\"", false, XML);
  }

  /**
   * A JSON string literal, also safe inside an HTML {@code <script>} element: {@code <}, {@code >}
   * and {@code &} are written as {@code \}{@code u} escapes, as are U+2028 and U+2029, which
   * JavaScript once did not allow in strings.
   */
  static String json(String s) {
    return '"' + escape(s, "\"\\<>&", false, JSON) + '"';
  }

  /**
   * A Mermaid quoted node or subgraph label, without the quotes. Characters Mermaid's lexer or its
   * HTML labels would read as syntax become entity codes ({@code #34;} for a quote); a newline
   * becomes {@code <br/>}.
   */
  static String mermaid(String s) {
    return escape(s, "\"#&<>`\\|", true, MERMAID);
  }

  /** What a character becomes in one syntax: its escape, or null to copy it as it is. */
  @FunctionalInterface
  private interface Rule {
    String escape(char ch);
  }

  private static final Rule DOT =
      ch ->
          switch (ch) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '&' -> "&amp;";
            default -> ch < 0x20 ? " " : null;
          };

  private static final Rule XML =
      ch ->
          switch (ch) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\n' -> "&#10;";
            case '\r' -> "&#13;";
            case '\t' -> "&#9;";
            default -> ch < 0x20 || ch == 0xFFFE || ch == 0xFFFF ? "\uFFFD" : null;
          };

  private static final Rule JSON =
      ch ->
          switch (ch) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '<', '>', '&', '\u2028', '\u2029' -> unicode(ch);
            default -> ch < 0x20 ? unicode(ch) : null;
          };

  private static final Rule MERMAID =
      ch ->
          switch (ch) {
            case '"', '#', '&', '<', '>', '`', '\\', '|' -> "#" + (int) ch + ";";
            case '\n' -> "<br/>";
            default -> ch < 0x20 ? " " : null;
          };

  /**
   * {@code s} with each character escaped by {@code rule}; when {@code lineBreaks}, a carriage
   * return is a line break like a newline, and one before a newline is dropped (the pair is one
   * break).
   */
  private static String escape(String s, String special, boolean lineBreaks, Rule rule) {
    if (plain(s, special)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (lineBreaks && ch == '\r') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          continue;
        }
        ch = '\n';
      }
      String escaped = rule.escape(ch);
      if (escaped != null) {
        b.append(escaped);
      } else {
        i = appendChecked(b, s, i);
      }
    }
    return b.toString();
  }

  /**
   * Whether {@code s} needs no escaping: printable ASCII other than {@code special}. Most labels
   * are, so the writers skip the character-by-character copy for them.
   */
  private static boolean plain(String s, String special) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < 0x20 || ch > 0x7E || special.indexOf(ch) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static String unicode(char ch) {
    return String.format("\\u%04x", (int) ch);
  }

  /** Appends the character (or surrogate pair) at {@code i}; returns the index of its last char. */
  private static int appendChecked(StringBuilder b, String s, int i) {
    char ch = s.charAt(i);
    if (Character.isHighSurrogate(ch)) {
      if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(ch).append(s.charAt(i + 1));
        return i + 1;
      }
      b.append('\uFFFD');
      return i;
    }
    if (Character.isLowSurrogate(ch)) {
      b.append('\uFFFD');
      return i;
    }
    b.append(ch);
    return i;
  }
}
