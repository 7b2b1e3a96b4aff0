package io.github.mlpath.graph.load;

import io.github.mlpath.graph.LoadException;

/**
 * Rejects bytes that are not well-formed UTF-8, with the line and column of the first bad byte.
 * Parsers would otherwise replace them silently with U+FFFD.
 */
final class Utf8Check {
  private Utf8Check() {}

  static void check(String source, byte[] b) {
    long line = 1;
    long col = 1;
    int i = 0;
    int n = b.length;
    while (i < n) {
      int c = b[i] & 0xff;
      int len;
      int min;
      if (c < 0x80) {
        if (c == '\n') {
          line++;
          col = 1;
        } else {
          col++;
        }
        i++;
        continue;
      } else if (c >= 0xc2 && c <= 0xdf) {
        len = 2;
        min = 0x80;
      } else if (c >= 0xe0 && c <= 0xef) {
        len = 3;
        min = 0x800;
      } else if (c >= 0xf0 && c <= 0xf4) {
        len = 4;
        min = 0x10000;
      } else {
        throw bad(source, line, col, c);
      }
      if (i + len > n) {
        throw new LoadException(source, line, col, "invalid UTF-8: truncated sequence at end");
      }
      int cp = c & (0xff >> (len + 1));
      for (int k = 1; k < len; k++) {
        int cc = b[i + k] & 0xff;
        if ((cc & 0xc0) != 0x80) {
          throw bad(source, line, col, c);
        }
        cp = (cp << 6) | (cc & 0x3f);
      }
      if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        throw bad(source, line, col, c);
      }
      i += len;
      col++;
    }
  }

  private static LoadException bad(String source, long line, long col, int c) {
    return new LoadException(
        source, line, col, String.format("invalid UTF-8: byte 0x%02X starts no valid sequence", c));
  }
}
