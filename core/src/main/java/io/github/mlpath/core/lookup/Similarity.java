package io.github.mlpath.core.lookup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Closest-match suggestions for misspelt names, by Levenshtein distance; used for "did you mean"
 * hints.
 */
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
   * Up to {@code max} candidates within a distance of about a third of the name's length (at least
   * 1), closest first, ties in candidate order.
   */
  public static List<String> closest(String name, Iterable<String> candidates, int max) {
    int limit = Math.max(1, name.length() / 3);
    record Scored(String s, int d, int order) {}
    List<Scored> scored = new ArrayList<>();
    int order = 0;
    for (String c : candidates) {
      int d = distance(name, c, limit);
      if (d <= limit) {
        scored.add(new Scored(c, d, order));
      }
      order++;
    }
    scored.sort(Comparator.comparingInt(Scored::d).thenComparingInt(Scored::order));
    return scored.stream().limit(max).map(Scored::s).toList();
  }
}
