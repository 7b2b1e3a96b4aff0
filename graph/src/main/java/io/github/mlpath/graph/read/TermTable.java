package io.github.mlpath.graph.read;

import java.util.Arrays;

/**
 * Maps strings to int values with an open-addressing table over their cached hash codes: the parser
 * hands the same IRI string objects again and again, so a lookup is one hash, one probe (each slot
 * holds the hash beside the entry) and an identity or equals check. Holds the strings themselves,
 * the ones it was given, so an interned string costs no copy.
 */
final class TermTable {
  private String[] terms = new String[1024];
  private int[] values = new int[1024];
  private long[] slots = new long[2048];
  private int size;

  /** The value of {@code s}; when {@code s} is new, {@code fresh}, which it keeps from now on. */
  int intern(String s, int fresh) {
    int h = s.hashCode();
    int mask = slots.length - 1;
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if (entry == 0) {
        add(s, h, slot, fresh);
        return fresh;
      }
      if ((int) (entry >>> 32) == h) {
        int e = (int) entry - 1;
        if (terms[e] == s || terms[e].equals(s)) {
          return values[e];
        }
      }
    }
  }

  /** The value of {@code s}, or -1 when it was never interned. */
  int find(String s) {
    int h = s.hashCode();
    int mask = slots.length - 1;
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      if ((int) (entry >>> 32) == h && terms[(int) entry - 1].equals(s)) {
        return values[(int) entry - 1];
      }
    }
  }

  private void add(String s, int h, int slot, int value) {
    if (size == terms.length) {
      terms = Arrays.copyOf(terms, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    terms[size] = s;
    values[size] = value;
    slots[slot] = ((long) h << 32) | (size + 1L);
    size++;
    if (size * 2 > slots.length) {
      rehash();
    }
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
