package io.github.mlpath.core.internal;

import java.util.Arrays;

/** A growable stack of ints with no boxing, for iterative graph walks. */
public final class IntStack {
  private int[] items;
  private int size;

  public IntStack(int capacity) {
    this.items = new int[Math.max(8, capacity)];
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public void push(int v) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = v;
  }

  public int pop() {
    return items[--size];
  }
}
