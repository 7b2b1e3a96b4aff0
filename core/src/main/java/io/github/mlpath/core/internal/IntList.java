package io.github.mlpath.core.internal;

import java.util.Arrays;

/** A growable list of ints with no boxing, reused as scratch space by graph walks. */
public final class IntList {
  private int[] items;
  private int size;

  public IntList(int capacity) {
    this.items = new int[Math.max(8, capacity)];
  }

  public void add(int v) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = v;
  }

  public int get(int i) {
    return items[i];
  }

  public int size() {
    return size;
  }

  public void clear() {
    size = 0;
  }

  /** Sorts the items in ascending order. */
  public void sort() {
    Arrays.sort(items, 0, size);
  }
}
