package io.github.mlpath.core.lookup;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.Resource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The resources of a whole path, chosen so that the parts of each series, course or book come in
 * the source's order. Each step first gets the {@link ResourceChooser}'s choice at its place. Then,
 * for each source used by several steps, the longest run of those uses that is already in the
 * source's order is kept (a longest non-decreasing subsequence of their places), and every other
 * use is chosen again, preferring a resource of that source that fits between the kept uses before
 * and after it, or one from elsewhere. This repeats until nothing changes (at most {@value #ROUNDS}
 * times). Where nothing fits, the chooser's best stays, with a note: the order is then forced by
 * the prerequisites.
 */
public final class PathResources {
  private static final int ROUNDS = 4;

  private PathResources() {}

  /** The resource for each topic of {@code order}, a path's topics in order. */
  public static List<Optional<ResourceChoice>> choose(
      Curriculum c, int[] order, ResourcePreferences preferences) {
    int[] position = new int[c.size()];
    Arrays.fill(position, -1);
    for (int i = 0; i < order.length; i++) {
      position[order[i]] = i;
    }
    ResourceChooser chooser = ResourceChooser.of(c);
    List<Optional<ResourceChoice>> out = new ArrayList<>(order.length);
    for (int i = 0; i < order.length; i++) {
      int here = i;
      out.add(chooser.choose(order[i], preferences, t -> position[t] > here));
    }
    Map<Integer, Predicate<Resource>> constraints = new HashMap<>();
    for (int round = 0; round < ROUNDS; round++) {
      Map<Integer, Predicate<Resource>> again = outOfOrder(chooser.series(), out);
      boolean changed = false;
      for (Map.Entry<Integer, Predicate<Resource>> e : again.entrySet()) {
        int i = e.getKey();
        Predicate<Resource> fits = constraints.merge(i, e.getValue(), Predicate::and);
        Optional<ResourceChoice> before = out.get(i);
        Optional<ResourceChoice> now =
            chooser.choose(order[i], preferences, t -> position[t] > i, fits);
        out.set(i, now);
        changed |= !now.map(r -> r.resource().id()).equals(before.map(r -> r.resource().id()));
      }
      if (!changed) {
        break;
      }
    }
    return out;
  }

  /**
   * The steps whose resource breaks its source's order, each with the test a resource must pass to
   * fit between the kept uses of that source before and after the step.
   */
  private static Map<Integer, Predicate<Resource>> outOfOrder(
      Series series, List<Optional<ResourceChoice>> chosen) {
    Map<String, List<Integer>> usesBySource = new HashMap<>();
    SeriesPlace[] places = new SeriesPlace[chosen.size()];
    for (int i = 0; i < chosen.size(); i++) {
      Optional<SeriesPlace> p = chosen.get(i).flatMap(r -> series.place(r.resource()));
      if (p.isPresent()) {
        places[i] = p.get();
        usesBySource.computeIfAbsent(p.get().root(), k -> new ArrayList<>()).add(i);
      }
    }
    Map<Integer, Predicate<Resource>> out = new HashMap<>();
    usesBySource.forEach(
        (root, uses) -> {
          boolean[] kept = longestInOrder(uses, places);
          for (int k = 0; k < uses.size(); k++) {
            if (!kept[k]) {
              out.put(
                  uses.get(k),
                  fits(
                      series,
                      root,
                      bound(uses, kept, places, k, -1),
                      bound(uses, kept, places, k, 1)));
            }
          }
        });
    return out;
  }

  /**
   * Which of {@code uses} form a longest run in the source's order; among runs as long, the one
   * ending latest, so the goal's own part is kept rather than a prerequisite's.
   */
  private static boolean[] longestInOrder(List<Integer> uses, SeriesPlace[] places) {
    int n = uses.size();
    int[] length = new int[n];
    int[] previous = new int[n];
    int best = 0;
    for (int k = 0; k < n; k++) {
      length[k] = 1;
      previous[k] = -1;
      for (int j = 0; j < k; j++) {
        if (!places[uses.get(j)].after(places[uses.get(k)]) && length[j] + 1 > length[k]) {
          length[k] = length[j] + 1;
          previous[k] = j;
        }
      }
      if (length[k] >= length[best]) {
        best = k;
      }
    }
    boolean[] kept = new boolean[n];
    for (int k = best; k >= 0; k = previous[k]) {
      kept[k] = true;
    }
    return kept;
  }

  /** The place of the nearest kept use before ({@code step} -1) or after (+1) use {@code k}. */
  private static Optional<SeriesPlace> bound(
      List<Integer> uses, boolean[] kept, SeriesPlace[] places, int k, int step) {
    for (int j = k + step; j >= 0 && j < uses.size(); j += step) {
      if (kept[j]) {
        return Optional.of(places[uses.get(j)]);
      }
    }
    return Optional.empty();
  }

  private static Predicate<Resource> fits(
      Series series, String root, Optional<SeriesPlace> low, Optional<SeriesPlace> high) {
    return r -> {
      Optional<SeriesPlace> p = series.place(r);
      if (p.isEmpty() || !p.get().root().equals(root)) {
        return true;
      }
      return low.map(l -> !p.get().before(l)).orElse(true)
          && high.map(h -> !p.get().after(h)).orElse(true);
    };
  }
}
