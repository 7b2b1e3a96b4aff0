package io.github.mlpath.cli.render;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Makes text safe to print on a terminal, for every message mlpath writes to standard error: a file
 * name, an argument or a label can hold a newline (which would split a one-line error), an escape
 * sequence (which would recolour or rewrite the terminal) or a bidirectional override (which would
 * make the line read differently from what it says). Each such character is shown escaped instead:
 * {@code \n}, {@code \r}, {@code \t}, {@code \e} for ESC, and {@code \\u202E} and the like for the
 * rest.
 */
public final class Terminal {
  private Terminal() {}

  /**
   * {@code out} with every control, escape and bidirectional-control character escaped as {@link
   * #safe} does, except the newlines and tabs that lay out lines: for output that goes to a
   * terminal, where a label in the data could otherwise recolour or rewrite the screen.
   */
  public static Writer lines(Writer out) {
    return new FilterWriter(out) {
      @Override
      public void write(int c) throws IOException {
        String escaped = c == '\n' || c == '\t' ? null : escape((char) c);
        if (escaped == null) {
          out.write(c);
        } else {
          out.write(escaped);
        }
      }

      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
          write(buf[i]);
        }
      }

      @Override
      public void write(String str, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
          write(str.charAt(i));
        }
      }
    };
  }

  /** {@code text} with every control, escape and bidirectional-control character escaped. */
  public static String safe(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escaped = escape(c);
      if (escaped != null && b == null) {
        b = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (b != null) {
        if (escaped != null) {
          b.append(escaped);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? text : b.toString();
  }

  private static String escape(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      case '\u001b':
        return "\\e";
      default:
        break;
    }
    boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
    boolean bidi =
        (c >= '\u202a' && c <= '\u202e')
            || (c >= '\u2066' && c <= '\u2069')
            || c == '\u200e'
            || c == '\u200f'
            || c == '\u061c';
    return control || bidi ? String.format("\\u%04X", (int) c) : null;
  }
}
