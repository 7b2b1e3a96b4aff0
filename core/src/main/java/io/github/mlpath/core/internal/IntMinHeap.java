package io.github.mlpath.core.internal;

import java.util.Arrays;

/** A binary min-heap of ints ordered by a key array, with no boxing. */
public final class IntMinHeap {
  private final int[] keys;
  private int[] heap;
  private int size;

  /**
   * @param keys the key of each element; smaller keys come out first
   */
  public IntMinHeap(int[] keys, int capacity) {
    this.keys = keys;
    this.heap = new int[Math.max(8, capacity)];
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public int size() {
    return size;
  }

  public void push(int v) {
    if (size == heap.length) {
      heap = Arrays.copyOf(heap, size * 2);
    }
    int i = size++;
    int key = keys[v];
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (keys[heap[parent]] <= key) {
        break;
      }
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = v;
  }

  public int pop() {
    int top = heap[0];
    int last = heap[--size];
    int key = keys[last];
    int i = 0;
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      if (right < size && keys[heap[right]] < keys[heap[child]]) {
        child = right;
      }
      if (key <= keys[heap[child]]) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = last;
    return top;
  }
}
