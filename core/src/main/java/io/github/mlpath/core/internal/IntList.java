package io.github.mlpath.core.internal;

import java.util.Arrays;

/**
 * A growable list of ints with no boxing, reused as scratch space by graph walks, and their stack
 * ({@link #add} and {@link #pop}).
 */
public final class IntList extends IntArray {
  public IntList(int capacity) {
    super(capacity);
  }

  public void add(int v) {
    grow();
    items[size++] = v;
  }

  /** Removes and returns the last int. */
  public int pop() {
    return items[--size];
  }

  public int get(int i) {
    return items[i];
  }

  public void clear() {
    size = 0;
  }

  /** Sorts the items in ascending order. */
  public void sort() {
    Arrays.sort(items, 0, size);
  }
}
