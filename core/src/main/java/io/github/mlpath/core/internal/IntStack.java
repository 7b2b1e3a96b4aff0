package io.github.mlpath.core.internal;

/** A growable stack of ints with no boxing, for iterative graph walks. */
public final class IntStack extends IntArray {
  public IntStack(int capacity) {
    super(capacity);
  }

  public void push(int v) {
    grow();
    items[size++] = v;
  }

  public int pop() {
    return items[--size];
  }
}
