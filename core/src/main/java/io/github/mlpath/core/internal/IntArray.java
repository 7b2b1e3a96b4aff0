package io.github.mlpath.core.internal;

import java.util.Arrays;

/** A growable array of plain ints and how many are in use, for the int list and heap. */
abstract sealed class IntArray permits IntHeap, IntList {
  /** The ints, the first {@link #size} of them in use. */
  int[] items;

  /** How many ints are in use. */
  int size;

  IntArray(int capacity) {
    this.items = new int[Math.max(8, capacity)];
  }

  public final boolean isEmpty() {
    return size == 0;
  }

  public final int size() {
    return size;
  }

  /** Makes room for one more int. */
  final void grow() {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
  }
}
