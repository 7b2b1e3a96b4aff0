package io.github.mlpath.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Interns strings into dense int ids 0, 1, 2... with an open-addressing table over a {@link
 * StringPool}: no boxed integers, no entry objects, so a million ids cost a few megabytes.
 */
public final class IdIndex {
  private final StringPool pool;
  private int[] slots;
  private int mask;

  public IdIndex(int expected) {
    this(new StringPool(expected), capacityFor(expected));
  }

  private IdIndex(StringPool pool, int capacity) {
    this.pool = pool;
    this.slots = new int[capacity];
    Arrays.fill(slots, -1);
    this.mask = capacity - 1;
  }

  /**
   * The index of the distinct strings of {@code pool}, string {@code i} having id {@code i}.
   *
   * @throws IllegalArgumentException when a string occurs twice
   */
  public static IdIndex of(StringPool pool) {
    IdIndex index = new IdIndex(pool, capacityFor(pool.size()));
    for (int id = 0; id < pool.size(); id++) {
      int slot = pool.hashAt(id) & index.mask;
      while (index.slots[slot] >= 0) {
        if (pool.equalsAt(index.slots[slot], id)) {
          throw new IllegalArgumentException("string " + id + " occurs twice");
        }
        slot = (slot + 1) & index.mask;
      }
      index.slots[slot] = id;
    }
    return index;
  }

  private static int capacityFor(int strings) {
    return Integer.highestOneBit(Math.max(16, strings * 2) - 1) << 1;
  }

  /** The strings, in id order. */
  public StringPool strings() {
    return pool;
  }

  /** The id of {@code s}, or -1 when it was never interned. */
  public int find(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    int slot = StringPool.hash(utf8) & mask;
    while (true) {
      int id = slots[slot];
      if (id < 0) {
        return -1;
      }
      if (pool.equalsAt(id, utf8)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The id of {@code s}, interning it as the next id if it is new. */
  public int intern(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    int slot = StringPool.hash(utf8) & mask;
    while (true) {
      int id = slots[slot];
      if (id < 0) {
        int fresh = pool.add(s);
        slots[slot] = fresh;
        if (pool.size() * 2 > slots.length) {
          rehash();
        }
        return fresh;
      }
      if (pool.equalsAt(id, utf8)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
  }

  private void rehash() {
    int[] bigger = new int[slots.length * 2];
    Arrays.fill(bigger, -1);
    int newMask = bigger.length - 1;
    for (int id = 0; id < pool.size(); id++) {
      int slot = pool.hashAt(id) & newMask;
      while (bigger[slot] >= 0) {
        slot = (slot + 1) & newMask;
      }
      bigger[slot] = id;
    }
    slots = bigger;
    mask = newMask;
  }

  public String get(int id) {
    return pool.get(id);
  }

  public int size() {
    return pool.size();
  }

  /** Releases spare capacity in the string pool. */
  public IdIndex trim() {
    pool.trim();
    return this;
  }
}
