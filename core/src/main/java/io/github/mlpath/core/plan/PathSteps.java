package io.github.mlpath.core.plan;

import io.github.mlpath.core.Adjacency;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.lookup.PathResources;
import io.github.mlpath.core.lookup.ResourceChoice;
import io.github.mlpath.core.lookup.ResourcePreferences;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Turns an ordered list of topics into the steps of a path: for each, the earliest later step that
 * needs it and that edge's reason, the resource chosen at its place on the path (so parts of a
 * series come in the source's order), and its hours from {@link HoursModel}.
 */
final class PathSteps {
  private PathSteps() {}

  static List<Step> of(
      Curriculum c, int[] order, BitSet isGoal, ResourcePreferences preferences, HoursModel model) {
    int[] position = new int[c.size()];
    Arrays.fill(position, -1);
    for (int i = 0; i < order.length; i++) {
      position[order[i]] = i;
    }
    List<Optional<ResourceChoice>> resources = PathResources.choose(c, order, preferences);
    List<Step> steps = new ArrayList<>(order.length);
    long totalMinutes = 0;
    for (int i = 0; i < order.length; i++) {
      int v = order[i];
      int by = neededBy(c.requiredBy(), v, i, position);
      Optional<ResourceChoice> resource = resources.get(i);
      TopicHours hours = model.hours(c, v, resource.map(ResourceChoice::resource));
      totalMinutes += hours.minutes();
      steps.add(
          new Step(
              i + 1,
              TopicRef.of(c, v),
              isGoal.get(v),
              by < 0 ? Optional.empty() : Optional.of(TopicRef.of(c, by)),
              by < 0 ? Optional.empty() : c.reason(by, v),
              resource,
              hours.hours(),
              hours.estimated(),
              totalMinutes / 60.0,
              hours.basis()));
    }
    return steps;
  }

  /** The earliest later step that requires {@code v} directly, or -1. */
  private static int neededBy(Adjacency requiredBy, int v, int i, int[] position) {
    int neededBy = -1;
    for (int k = requiredBy.start(v), end = requiredBy.end(v); k < end; k++) {
      int u = requiredBy.target(k);
      if (position[u] > i && (neededBy < 0 || position[u] < position[neededBy])) {
        neededBy = u;
      }
    }
    return neededBy;
  }

  /** The minutes of each step, for the schedule. */
  static long[] minutes(List<Step> steps) {
    long[] out = new long[steps.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.round(steps.get(i).hours() * 60);
    }
    return out;
  }
}
