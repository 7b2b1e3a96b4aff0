package io.github.mlpath.graph.read;

/**
 * The set of values a query of {@link Facts} has collected once there are more than {@link #FEW}:
 * an open-addressing table of ints, sized for the rest of the group, so that a large group costs
 * time in its size and a small one (checked by {@link #contains}, a scan) costs no table at all.
 */
final class DistinctInts {
  /** Up to this many values are told apart by a scan. */
  static final int FEW = 16;

  private final int[] slots;

  /** A set of the {@code n} first {@code values}, with room for {@code more} others. */
  DistinctInts(int[] values, int n, int more) {
    slots = new int[Integer.highestOneBit(Math.max(n + more, 8)) << 2];
    for (int i = 0; i < n; i++) {
      add(values[i]);
    }
  }

  /** Whether one of the {@code n} first {@code values} is {@code v}. */
  static boolean contains(int[] values, int n, int v) {
    for (int i = 0; i < n; i++) {
      if (values[i] == v) {
        return true;
      }
    }
    return false;
  }

  /** Adds {@code v} (a term id, not negative); false when it was there already. */
  boolean add(int v) {
    int mask = slots.length - 1;
    int x = v * 0x9e3779b9;
    for (int slot = (x ^ (x >>> 16)) & mask; ; slot = (slot + 1) & mask) {
      if (slots[slot] == 0) {
        slots[slot] = v + 1;
        return true;
      }
      if (slots[slot] == v + 1) {
        return false;
      }
    }
  }
}
