package io.github.mlpath.core;

import io.github.mlpath.core.internal.IdIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The umbrella topics of a snapshot and their parts: every topic whose chain of {@code
 * skos:broader} links leads up to the umbrella, umbrellas in between left out (so the parts of
 * Statistics include the mean, under the nested umbrella Descriptive statistics). Computed once
 * when the snapshot is built.
 */
final class Umbrellas {
  private static final int[] NONE = new int[0];

  private final BitSet umbrellas;
  private final Map<Integer, int[]> parts;

  private Umbrellas(BitSet umbrellas, Map<Integer, int[]> parts) {
    this.umbrellas = umbrellas;
    this.parts = parts;
  }

  static Umbrellas of(IdIndex ids, Map<Integer, TopicDetails> extras) {
    BitSet umbrellas = new BitSet();
    extras.forEach(
        (v, x) -> {
          if (x.umbrella()) {
            umbrellas.set(v);
          }
        });
    if (umbrellas.isEmpty()) {
      return new Umbrellas(umbrellas, Map.of());
    }
    Map<Integer, List<Integer>> narrower = new HashMap<>();
    extras.forEach(
        (v, x) -> {
          for (String b : x.broader()) {
            int w = ids.find(b);
            if (w >= 0) {
              narrower.computeIfAbsent(w, k -> new ArrayList<>()).add(v);
            }
          }
        });
    Map<Integer, int[]> parts = new HashMap<>();
    for (int u = umbrellas.nextSetBit(0); u >= 0; u = umbrellas.nextSetBit(u + 1)) {
      parts.put(u, below(u, narrower, umbrellas));
    }
    return new Umbrellas(umbrellas, Map.copyOf(parts));
  }

  private static int[] below(int u, Map<Integer, List<Integer>> narrower, BitSet umbrellas) {
    BitSet seen = new BitSet();
    seen.set(u);
    List<Integer> stack = new ArrayList<>(List.of(u));
    BitSet out = new BitSet();
    while (!stack.isEmpty()) {
      int v = stack.remove(stack.size() - 1);
      for (int w : narrower.getOrDefault(v, List.of())) {
        if (!seen.get(w)) {
          seen.set(w);
          stack.add(w);
          if (!umbrellas.get(w)) {
            out.set(w);
          }
        }
      }
    }
    return out.stream().toArray();
  }

  boolean is(int topic) {
    return umbrellas.get(topic);
  }

  int[] parts(int umbrella) {
    int[] p = parts.get(umbrella);
    return p == null ? NONE : Arrays.copyOf(p, p.length);
  }

  BitSet all() {
    return (BitSet) umbrellas.clone();
  }
}
