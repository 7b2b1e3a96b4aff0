package io.github.mlpath.graph.export;

import io.github.mlpath.core.Area;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.order.Closure;
import io.github.mlpath.core.plan.LearningPath;
import io.github.mlpath.core.plan.Step;
import io.github.mlpath.core.plan.Week;
import io.github.mlpath.core.plan.WeekItem;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which topics of one curriculum an export shows: all of them, one area, the closure of some topics
 * (them and everything they need), or the steps of a learner's path, numbered. Immutable.
 *
 * <pre>{@code
 * Selection all = Selection.all(c);
 * Selection calculus = Selection.area(c, "calculus");
 * Selection backprop = Selection.closure(c, c.indexOf("backpropagation").getAsInt());
 * Selection path = Selection.path(c, Planner.of(c).path(PathRequest.to("activation-functions")));
 * }</pre>
 */
public final class Selection {
  /** One step of a path as exports show it. */
  record PathStep(
      int number, double hours, boolean estimated, OptionalInt neededBy, OptionalInt week) {}

  private final int universe;
  private final BitSet topics;
  private final boolean all;
  private final String title;
  private final Map<Integer, PathStep> steps;

  private Selection(
      Curriculum c, BitSet topics, boolean all, String title, Map<Integer, PathStep> steps) {
    this.universe = c.size();
    this.topics = (BitSet) topics.clone();
    this.all = all;
    this.title = title;
    this.steps = Map.copyOf(steps);
  }

  /** Every topic. */
  public static Selection all(Curriculum c) {
    BitSet b = new BitSet(c.size());
    b.set(0, c.size());
    return new Selection(c, b, true, "The curriculum", Map.of());
  }

  /**
   * The topics of one area.
   *
   * @throws IllegalArgumentException when {@code c} has no area with this id
   */
  public static Selection area(Curriculum c, String areaId) {
    Area area =
        c.area(areaId).orElseThrow(() -> new IllegalArgumentException("no area with id " + areaId));
    BitSet b = new BitSet(c.size());
    for (int v = 0; v < c.size(); v++) {
      Optional<Area> a = c.area(v);
      if (a.isPresent() && a.get().id().equals(area.id())) {
        b.set(v);
      }
    }
    return new Selection(c, b, false, area.label(), Map.of());
  }

  /** The topics {@code from} and every topic they need, directly or not. */
  public static Selection closure(Curriculum c, int... from) {
    StringBuilder t = new StringBuilder();
    for (int v : from) {
      t.append(t.length() == 0 ? "" : ", ").append(c.label(v));
    }
    return new Selection(
        c, Closure.prerequisites(c, from), false, t + " and what it needs", Map.of());
  }

  /** The steps of a path planned on {@code c}, numbered as the path numbers them. */
  public static Selection path(Curriculum c, LearningPath path) {
    BitSet b = new BitSet(c.size());
    Map<Integer, PathStep> steps = new HashMap<>();
    Map<Integer, Integer> weekOfStep = new HashMap<>();
    path.schedule()
        .ifPresent(
            s -> {
              for (Week w : s.weeks()) {
                for (WeekItem i : w.items()) {
                  weekOfStep.putIfAbsent(i.step(), w.number());
                }
              }
            });
    for (Step s : path.steps()) {
      int v = index(c, s.topic().id());
      b.set(v);
      Integer week = weekOfStep.get(s.number());
      steps.put(
          v,
          new PathStep(
              s.number(),
              s.hours(),
              s.estimated(),
              s.neededBy().map(n -> OptionalInt.of(index(c, n.id()))).orElse(OptionalInt.empty()),
              week == null ? OptionalInt.empty() : OptionalInt.of(week)));
    }
    StringBuilder t = new StringBuilder("Path to ");
    for (int i = 0; i < path.goals().size(); i++) {
      t.append(i == 0 ? "" : ", ").append(path.goals().get(i).label());
    }
    return new Selection(c, b, false, t.toString(), steps);
  }

  private static int index(Curriculum c, String id) {
    return c.indexOf(id)
        .orElseThrow(() -> new IllegalArgumentException("the path is for another curriculum"));
  }

  /** A one-line title for the export, such as "Path to Activation functions". */
  public String title() {
    return title;
  }

  /** Whether every topic is selected, so that an RDF export writes the whole graph. */
  public boolean isAll() {
    return all;
  }

  /** Whether the selection is a learner's path with numbered steps. */
  public boolean isPath() {
    return !steps.isEmpty();
  }

  /** Whether topic index {@code topic} is selected. */
  public boolean contains(int topic) {
    return topics.get(topic);
  }

  /** How many topics are selected. */
  public int size() {
    return topics.cardinality();
  }

  /** The step number of a topic on the path, from 1; empty when it is not a step. */
  public OptionalInt step(int topic) {
    PathStep s = steps.get(topic);
    return s == null ? OptionalInt.empty() : OptionalInt.of(s.number());
  }

  Optional<PathStep> pathStep(int topic) {
    return Optional.ofNullable(steps.get(topic));
  }

  /** Whether this selection was made on a curriculum of {@code size} topics. */
  boolean fits(Curriculum c) {
    return universe == c.size();
  }
}
