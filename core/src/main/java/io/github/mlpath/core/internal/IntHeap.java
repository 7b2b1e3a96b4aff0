package io.github.mlpath.core.internal;

/**
 * A binary min-heap of plain int keys. Callers encode what they order into the key itself (for
 * instance {@code kind * size + rank}) and decode it on the way out, so every comparison is a plain
 * int comparison with no indirection.
 */
public final class IntHeap extends IntArray {
  public IntHeap(int capacity) {
    super(capacity);
  }

  public void push(int key) {
    grow();
    int[] heap = items;
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (heap[parent] <= key) {
        break;
      }
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = key;
  }

  /** Removes and returns the smallest key. */
  public int pop() {
    int[] heap = items;
    int top = heap[0];
    int last = heap[--size];
    int i = 0;
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      if (right < size && heap[right] < heap[child]) {
        child = right;
      }
      if (last <= heap[child]) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = last;
    return top;
  }
}
