package io.github.mlpath.graph.read;

import java.util.Arrays;

/**
 * Interns strings into dense int ids with an open-addressing table over their cached hash codes:
 * the parser hands the same IRI string objects again and again, so a lookup is one hash, one probe
 * (each slot holds the hash beside the id) and an identity or equals check. Holds the strings
 * themselves, so that reading them back costs nothing.
 */
final class TermTable {
  private String[] terms = new String[1024];
  private long[] slots = new long[2048];
  private int size;

  /** The id of {@code s}, adding it if new. */
  int intern(String s) {
    int h = s.hashCode();
    int mask = slots.length - 1;
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if (entry == 0) {
        return add(s, h, slot);
      }
      if ((int) (entry >>> 32) == h) {
        int id = (int) entry - 1;
        if (terms[id] == s || terms[id].equals(s)) {
          return id;
        }
      }
    }
  }

  /** The id of {@code s}, or -1 when it was never interned. */
  int find(String s) {
    int h = s.hashCode();
    int mask = slots.length - 1;
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      if ((int) (entry >>> 32) == h && terms[(int) entry - 1].equals(s)) {
        return (int) entry - 1;
      }
    }
  }

  String get(int id) {
    return terms[id];
  }

  int size() {
    return size;
  }

  private int add(String s, int h, int slot) {
    if (size == terms.length) {
      terms = Arrays.copyOf(terms, size * 2);
    }
    terms[size] = s;
    slots[slot] = entry(h, size);
    size++;
    if (size * 2 > slots.length) {
      rehash();
    }
    return size - 1;
  }

  /** A slot's content: the hash in the high half (no string read for a mismatch), id + 1 below. */
  private static long entry(int h, int id) {
    return ((long) h << 32) | (id + 1L);
  }

  private void rehash() {
    long[] bigger = new long[slots.length * 2];
    int mask = bigger.length - 1;
    for (long entry : slots) {
      if (entry != 0) {
        int slot = mix((int) (entry >>> 32)) & mask;
        while (bigger[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        bigger[slot] = entry;
      }
    }
    slots = bigger;
  }

  private static int mix(int h) {
    int x = h * 0x9e3779b9;
    return x ^ (x >>> 16);
  }
}
