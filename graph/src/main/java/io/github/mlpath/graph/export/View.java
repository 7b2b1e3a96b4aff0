package io.github.mlpath.graph.export;

import io.github.mlpath.core.Adjacency;
import io.github.mlpath.core.Area;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.Resource;
import io.github.mlpath.core.lookup.ResourceChoice;
import io.github.mlpath.core.lookup.ResourceChooser;
import io.github.mlpath.core.lookup.ResourcePreferences;
import io.github.mlpath.core.order.TopologicalSort;
import io.github.mlpath.core.plan.HoursModel;
import io.github.mlpath.core.plan.TopicHours;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the graph writers need, computed once from the snapshot and the selection: the selected
 * topics in learning order, each topic's learning depth within the selection, and the topics
 * grouped by area and by depth. Arrays of one int per topic, so memory follows the curriculum, not
 * the output.
 */
final class View {
  final Curriculum c;
  final Selection s;

  /** The selected topics, each after every selected topic it requires. */
  final int[] order;

  /** Longest chain of selected prerequisites below each selected topic; -1 when not selected. */
  final int[] depth;

  final int maxDepth;

  private View(Curriculum c, Selection s, int[] order, int[] depth, int maxDepth) {
    this.c = c;
    this.s = s;
    this.order = order;
    this.depth = depth;
    this.maxDepth = maxDepth;
  }

  /**
   * @throws io.github.mlpath.core.CycleException naming a cycle, when there is one
   */
  static View of(Curriculum c, Selection s) {
    if (!s.fits(c)) {
      throw new IllegalArgumentException("the selection was made on another curriculum");
    }
    int n = c.size();
    // Index order as the tie-break: the cheapest deterministic one, and ids need no sorting.
    int[] all = TopologicalSort.order(c, cur -> identity(cur.size()));
    int[] order = new int[s.size()];
    int[] depth = new int[n];
    Arrays.fill(depth, -1);
    Adjacency requires = c.requires();
    int placed = 0;
    int max = 0;
    for (int v : all) {
      if (!s.contains(v)) {
        continue;
      }
      int d = 0;
      for (int k = requires.start(v), end = requires.end(v); k < end; k++) {
        int w = requires.target(k);
        if (depth[w] >= 0) {
          d = Math.max(d, depth[w] + 1);
        }
      }
      depth[v] = d;
      max = Math.max(max, d);
      order[placed++] = v;
    }
    return new View(c, s, order, depth, max);
  }

  private static int[] identity(int n) {
    int[] r = new int[n];
    for (int i = 0; i < n; i++) {
      r[i] = i;
    }
    return r;
  }

  /** Whether edge {@code topic -> required} is drawn: both ends selected. */
  boolean edge(int topic, int required) {
    return depth[topic] >= 0 && depth[required] >= 0;
  }

  /** Receives one drawn edge: the topic, the topic it requires, and the edge's index. */
  @FunctionalInterface
  interface EdgeVisitor {
    void edge(int topic, int required, int k) throws IOException;
  }

  /** Receives one non-empty area group; {@code area} is empty for the topics without one. */
  @FunctionalInterface
  interface GroupVisitor {
    void group(Optional<Area> area, int index, int[] topics) throws IOException;
  }

  /** Every drawn edge, by the learning order of the topic that needs it, then declaration order. */
  void forEachEdge(EdgeVisitor visitor) throws IOException {
    Adjacency requires = c.requires();
    for (int v : order) {
      for (int k = requires.start(v), end = requires.end(v); k < end; k++) {
        int w = requires.target(k);
        if (edge(v, w)) {
          visitor.edge(v, w, k);
        }
      }
    }
  }

  /**
   * The non-empty groups of {@link #byArea()}: areas in declaration order ({@code index} into
   * {@code c.areas()}), then the topics without one.
   */
  void forEachAreaGroup(GroupVisitor visitor) throws IOException {
    int[][] groups = byArea();
    List<Area> areas = c.areas();
    for (int g = 0; g < groups.length; g++) {
      if (groups[g].length > 0) {
        visitor.group(
            g < areas.size() ? Optional.of(areas.get(g)) : Optional.empty(), g, groups[g]);
      }
    }
  }

  /** Whether, on a path, {@code required} is there for {@code topic}: the edge is drawn red. */
  boolean onPath(int required, int topic) {
    return s.pathStep(required)
        .map(p -> p.neededBy().isPresent() && p.neededBy().getAsInt() == topic)
        .orElse(false);
  }

  /**
   * The selected topics grouped by area: areas in declaration order, then the topics without one.
   * {@code groups[g]} holds the topics of area {@code g} ({@code g == areas().size()} for none), in
   * learning order.
   */
  int[][] byArea() {
    int areas = c.areas().size();
    int[] count = new int[areas + 1];
    int[] group = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      group[i] = areaIndex(order[i]);
      count[group[i]]++;
    }
    int[][] out = new int[areas + 1][];
    for (int g = 0; g <= areas; g++) {
      out[g] = new int[count[g]];
    }
    int[] fill = new int[areas + 1];
    for (int i = 0; i < order.length; i++) {
      out[group[i]][fill[group[i]]++] = order[i];
    }
    return out;
  }

  /** The index of the topic's area in {@code c.areas()}, or {@code c.areas().size()} if none. */
  int areaIndex(int v) {
    Optional<Area> a = c.area(v);
    if (a.isEmpty()) {
      return c.areas().size();
    }
    // Areas are few (eight in the bundled data): a scan beats a map lookup by string.
    for (int i = 0; i < c.areas().size(); i++) {
      if (c.areas().get(i) == a.get()) {
        return i;
      }
    }
    return c.areas().size();
  }

  /** The selected topics grouped by learning depth, each group in learning order. */
  int[][] byDepth() {
    int[] count = new int[maxDepth + 1];
    for (int v : order) {
      count[depth[v]]++;
    }
    int[][] out = new int[maxDepth + 1][];
    for (int d = 0; d <= maxDepth; d++) {
      out[d] = new int[count[d]];
    }
    int[] fill = new int[maxDepth + 1];
    for (int v : order) {
      out[depth[v]][fill[depth[v]]++] = v;
    }
    return out;
  }

  /**
   * Hours to learn the topic: the path step's hours on a path; otherwise what {@link HoursModel}
   * gives for the resource mlpath would pick with no preferences, marked estimated when no
   * confirmed size stands behind it.
   */
  TopicHours hours(int v) {
    Optional<Selection.PathStep> step = s.pathStep(v);
    if (step.isPresent()) {
      return new TopicHours(
          Math.round(step.get().hours() * 60), step.get().estimated(), "the path's step");
    }
    return HoursModel.DEFAULT.hours(
        c, v, ResourceChooser.choose(c, v, ResourcePreferences.NONE).map(ResourceChoice::resource));
  }

  /** The start-with resource first, then the others that teach the topic, in declaration order. */
  List<Resource> resources(int v) {
    List<Resource> out = new ArrayList<>();
    c.startWith(v).ifPresent(out::add);
    for (Resource r : c.resourcesFor(v)) {
      if (out.stream().noneMatch(x -> x.id().equals(r.id()))) {
        out.add(r);
      }
    }
    return out;
  }

  /** Hours rounded for display: "1.5", "4". */
  static String hoursText(double h) {
    double r = Math.round(h * 100) / 100.0;
    return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
  }
}
