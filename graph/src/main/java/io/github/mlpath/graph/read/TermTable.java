package io.github.mlpath.graph.read;

import java.util.Arrays;

/**
 * Interns strings into dense int ids with an open-addressing table over their cached hash codes:
 * the parser hands the same IRI string objects again and again, so a lookup is one hash, one probe
 * and an identity or equals check. Holds the strings themselves, so that reading them back costs
 * nothing.
 */
final class TermTable {
  private String[] terms = new String[1024];
  private int[] hashes = new int[1024];
  private int[] slots = filled(2048);
  private int size;

  /** The id of {@code s}, adding it if new. */
  int intern(String s) {
    int h = s.hashCode();
    int mask = slots.length - 1;
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      int id = slots[slot];
      if (id < 0) {
        return add(s, h, slot);
      }
      if (hashes[id] == h && (terms[id] == s || terms[id].equals(s))) {
        return id;
      }
    }
  }

  /** The id of {@code s}, or -1 when it was never interned. */
  int find(String s) {
    int h = s.hashCode();
    int mask = slots.length - 1;
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      int id = slots[slot];
      if (id < 0 || hashes[id] == h && terms[id].equals(s)) {
        return id;
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
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    terms[size] = s;
    hashes[size] = h;
    slots[slot] = size;
    size++;
    if (size * 2 > slots.length) {
      rehash();
    }
    return size - 1;
  }

  private void rehash() {
    int[] bigger = filled(slots.length * 2);
    int mask = bigger.length - 1;
    for (int id = 0; id < size; id++) {
      int slot = mix(hashes[id]) & mask;
      while (bigger[slot] >= 0) {
        slot = (slot + 1) & mask;
      }
      bigger[slot] = id;
    }
    slots = bigger;
  }

  private static int mix(int h) {
    int x = h * 0x9e3779b9;
    return x ^ (x >>> 16);
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, -1);
    return a;
  }
}
