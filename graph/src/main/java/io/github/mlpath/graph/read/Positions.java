package io.github.mlpath.graph.read;

import io.github.mlpath.graph.load.RdfSink;

/**
 * Where a triple was read, packed in one long: the source (16 bits) and a line and column packed by
 * {@link RdfSink}; {@link #NOWHERE} for "not read anywhere".
 */
final class Positions {
  /** A position for "not read anywhere". */
  static final long NOWHERE = -1;

  private Positions() {}

  /**
   * Of several positions, the first one in the last source that has any: where a clash between
   * files shows, since the later file is the one that added it (a user's file over the bundled
   * curriculum), and within one file the first place it appears.
   */
  static long inLatestSource(long a, long b) {
    if (a == NOWHERE) {
      return b;
    }
    if (b == NOWHERE) {
      return a;
    }
    if (sourceOf(a) != sourceOf(b)) {
      return sourceOf(a) > sourceOf(b) ? a : b;
    }
    return Math.min(a, b);
  }

  /** The position of {@code at} (a line and column packed by RdfSink) in source {@code source}. */
  static long position(int source, long at) {
    return ((long) source << 48) | at;
  }

  /** {@code position} moved down by {@code lines} lines, in the same source and column. */
  static long down(long position, long lines) {
    long line = Math.min(lineOf(position) + lines, 0xffffffffL);
    return (position & ~(0xffffffffL << 16)) | (line << 16);
  }

  static int sourceOf(long position) {
    return (int) (position >>> 48);
  }

  static long lineOf(long position) {
    return RdfSink.lineOf(position);
  }

  static long columnOf(long position) {
    return RdfSink.columnOf(position);
  }
}
