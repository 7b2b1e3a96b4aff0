package io.github.mlpath.graph.load;

import io.github.mlpath.graph.LoadException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Checks the bytes of a document as the parser reads them: well-formed UTF-8 (parsers would
 * otherwise replace bad bytes silently with U+FFFD) and, for Turtle and TriG, brackets nested at
 * most {@link #MAX_DEPTH} deep (so that a hostile file gives an error with a position instead of a
 * stack overflow in the recursive parser). A violation is a {@link LoadException} with the line and
 * column (counted in characters) of the offending byte. Strings, IRIs and comments are skipped by
 * the nesting count; it does not otherwise check syntax.
 */
final class CheckedInputStream extends FilterInputStream {
  static final int MAX_DEPTH = 1000;

  private final String source;
  private final Utf8State utf8 = new Utf8State();
  private final NestingState nesting;
  private long line = 1;
  private long col = 1;

  CheckedInputStream(String source, InputStream in, boolean countNesting) {
    super(in);
    this.source = source;
    this.nesting = countNesting ? new NestingState() : null;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      check(new byte[] {(byte) b}, 0, 1);
    } else {
      atEnd();
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      check(buf, off, n);
    } else if (n < 0) {
      atEnd();
    }
    return n;
  }

  /** How many line feeds have been read so far. */
  long lines() {
    return line - 1;
  }

  private void atEnd() {
    if (utf8.pending > 0) {
      throw new LoadException(source, line, col, "invalid UTF-8: truncated sequence at end");
    }
  }

  private void check(byte[] buf, int off, int n) {
    for (int i = off, end = off + n; i < end; i++) {
      int b = buf[i] & 0xff;
      if (b < 0x80 && utf8.pending == 0) {
        if (nesting != null && !nesting.accept(b)) {
          throw new LoadException(
              source, line, col, "brackets nested more than " + MAX_DEPTH + " deep");
        }
        if (b == '\n') {
          line++;
          col = 1;
        } else {
          col++;
        }
        continue;
      }
      if (!utf8.accept(b)) {
        throw new LoadException(
            source,
            line,
            col,
            String.format("invalid UTF-8: byte 0x%02X starts no valid sequence", utf8.lead));
      }
      if (utf8.pending == 0) {
        if (nesting != null) {
          nesting.accept('a'); // any non-ASCII character is plain text to the nesting count
        }
        col++;
      }
    }
  }

  /** A UTF-8 decoder that only checks: overlong forms, surrogates and values past U+10FFFF fail. */
  private static final class Utf8State {
    int pending;
    int lead;
    int cp;
    int min;

    boolean accept(int b) {
      if (pending == 0) {
        lead = b;
        if (b >= 0xc2 && b <= 0xdf) {
          pending = 1;
          min = 0x80;
        } else if (b >= 0xe0 && b <= 0xef) {
          pending = 2;
          min = 0x800;
        } else if (b >= 0xf0 && b <= 0xf4) {
          pending = 3;
          min = 0x10000;
        } else {
          return false;
        }
        cp = b & (0x3f >> pending);
        return true;
      }
      if ((b & 0xc0) != 0x80) {
        return false;
      }
      cp = (cp << 6) | (b & 0x3f);
      if (--pending == 0) {
        return cp >= min && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
      }
      return true;
    }
  }

  /** The bracket depth of Turtle text, skipping comments, IRIs and short and long strings. */
  private static final class NestingState {
    private static final int CODE = 0;
    private static final int COMMENT = 1;
    private static final int IRI = 2;
    private static final int OPEN1 = 3; // one quote seen: a short string, or the start of a long
    private static final int OPEN2 = 4; // two quotes: an empty string, or the start of a long one
    private static final int SHORT = 5;
    private static final int LONG = 6;

    private int state = CODE;
    private int quote;
    private boolean escaped;
    private int closing;
    private int depth;

    /** Takes one character (ASCII, or 'a' for any other); false when nested too deep. */
    boolean accept(int c) {
      switch (state) {
        case COMMENT -> state = c == '\n' ? CODE : COMMENT;
        case IRI -> state = c == '>' || c == '\n' ? CODE : IRI;
        case OPEN1 -> {
          if (c == quote) {
            state = OPEN2;
          } else {
            state = SHORT;
            return accept(c);
          }
        }
        case OPEN2 -> {
          if (c == quote) {
            state = LONG;
            closing = 0;
          } else {
            state = CODE;
            return accept(c);
          }
        }
        case SHORT -> {
          if (escaped) {
            escaped = false;
          } else if (c == '\\') {
            escaped = true;
          } else if (c == quote || c == '\n') {
            state = CODE;
          }
        }
        case LONG -> {
          if (escaped) {
            escaped = false;
          } else if (c == '\\') {
            escaped = true;
            closing = 0;
          } else if (c == quote) {
            if (++closing == 3) {
              state = CODE;
            }
          } else {
            closing = 0;
          }
        }
        default -> {
          return code(c);
        }
      }
      return true;
    }

    private boolean code(int c) {
      switch (c) {
        case '#' -> state = COMMENT;
        case '<' -> state = IRI;
        case '"', '\'' -> {
          state = OPEN1;
          quote = c;
        }
        case '[', '(', '{' -> {
          return ++depth <= MAX_DEPTH;
        }
        case ']', ')', '}' -> depth = Math.max(0, depth - 1);
        default -> {
          // plain text
        }
      }
      return true;
    }
  }
}
