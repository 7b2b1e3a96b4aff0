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
   * The index of {@code pool}'s strings over a table that {@link #slots()} gave, without hashing
   * them again.
   *
   * @throws IllegalArgumentException when the table cannot be one for the pool
   */
  public static IdIndex of(StringPool pool, int[] slots) {
    int capacity = slots.length;
    if (Integer.bitCount(capacity) != 1 || capacity < 2 * pool.size()) {
      throw new IllegalArgumentException("id table of " + capacity + " for " + pool.size());
    }
    int used = 0;
    for (int id : slots) {
      if (id < -1 || id >= pool.size()) {
        throw new IllegalArgumentException("id " + id + " out of range in the id table");
      }
      used += id >= 0 ? 1 : 0;
    }
    if (used != pool.size()) {
      throw new IllegalArgumentException("id table holds " + used + " of " + pool.size());
    }
    IdIndex index = new IdIndex(pool, 1);
    index.slots = slots;
    index.mask = capacity - 1;
    return index;
  }

  /** The hash table, for a snapshot; do not modify. */
  public int[] slots() {
    return slots;
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
    return slots[slotOf(s.getBytes(StandardCharsets.UTF_8))];
  }

  /** The id of {@code s}, interning it as the next id if it is new. */
  public int intern(String s) {
    int slot = slotOf(s.getBytes(StandardCharsets.UTF_8));
    if (slots[slot] >= 0) {
      return slots[slot];
    }
    int fresh = pool.add(s);
    slots[slot] = fresh;
    if (pool.size() * 2 > slots.length) {
      rehash();
    }
    return fresh;
  }

  /** The slot that holds the string {@code utf8}, or the empty slot (-1) where it would go. */
  private int slotOf(byte[] utf8) {
    int slot = StringPool.hash(utf8) & mask;
    while (true) {
      int id = slots[slot];
      if (id < 0 || pool.equalsAt(id, utf8)) {
        return slot;
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
