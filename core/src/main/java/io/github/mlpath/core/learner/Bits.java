package io.github.mlpath.core.learner;

/** Fixed-size bit rows as {@code long[]}, for the placement quiz's inner loops (no allocation). */
final class Bits {
  private Bits() {}

  static int words(int bits) {
    return (bits + 63) >>> 6;
  }

  static void set(long[] row, int i) {
    row[i >>> 6] |= 1L << i;
  }

  static boolean get(long[] row, int i) {
    return (row[i >>> 6] & (1L << i)) != 0;
  }

  static void or(long[] into, long[] from) {
    for (int w = 0; w < into.length; w++) {
      into[w] |= from[w];
    }
  }

  /** How many bits {@code a} and {@code b} have in common. */
  static int andCount(long[] a, long[] b) {
    int n = 0;
    for (int w = 0; w < a.length; w++) {
      n += Long.bitCount(a[w] & b[w]);
    }
    return n;
  }

  /** Whether {@code a} and {@code b} have a bit in common. */
  static boolean intersects(long[] a, long[] b) {
    for (int w = 0; w < a.length; w++) {
      if ((a[w] & b[w]) != 0) {
        return true;
      }
    }
    return false;
  }
}
