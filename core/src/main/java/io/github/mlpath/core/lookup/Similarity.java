package io.github.mlpath.core.lookup;

import java.util.List;

/** Edit distance between names, and closest matches by the one rule of {@link Suggestions}. */
public final class Similarity {
  private Similarity() {}

  /** The edit distance between {@code a} and {@code b}, or {@code limit + 1} if it exceeds it. */
  public static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[b.length()], limit + 1);
  }

  /**
   * Up to {@code max} of {@code candidates} closest to {@code name}, by the rule of {@link
   * Suggestions}.
   */
  public static List<String> closest(String name, Iterable<String> candidates, int max) {
    Suggestions s = new Suggestions(name);
    for (String c : candidates) {
      s.offer(c, c, List.of());
    }
    return s.best(max);
  }
}
