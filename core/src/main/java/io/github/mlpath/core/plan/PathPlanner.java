package io.github.mlpath.core.plan;

import io.github.mlpath.core.Adjacency;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.Resource;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.UmbrellaTopic;
import io.github.mlpath.core.lookup.ResourceChoice;
import io.github.mlpath.core.lookup.ResourceChooser;
import io.github.mlpath.core.lookup.ResourcePreferences;
import io.github.mlpath.core.order.Closure;
import io.github.mlpath.core.order.Ranking;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Builds learning paths on topic indices. The topics of a path are the goals and everything they
 * require, found by a walk that never enters a known topic ({@link Closure#prerequisites(
 * Curriculum, int[], BitSet)}); {@link Strategy#order} orders them; then each step gets its reason,
 * resource and hours. {@link Planner} wraps this with name resolution.
 */
public final class PathPlanner {
  private PathPlanner() {}

  /** The topics a path to {@code goals} contains, in the order {@code strategy} gives. */
  public static int[] order(
      Curriculum c, Ranking ranking, int[] goals, BitSet known, Strategy strategy) {
    return strategy.order(c, Closure.prerequisites(c, goals, known), ranking);
  }

  /**
   * The full path: order, reasons, resources, hours and, given a pace, the schedule.
   *
   * @param known what the learner knows, already expanded when knowledge is implied
   */
  public static LearningPath plan(
      Curriculum c,
      Ranking ranking,
      int[] goals,
      BitSet known,
      Strategy strategy,
      ResourcePreferences preferences,
      Optional<Pace> pace,
      HoursEstimate estimate) {
    int[] order = order(c, ranking, goals, known, strategy);
    int[] targets = Closure.expand(c, goals);
    int[] position = new int[c.size()];
    Arrays.fill(position, -1);
    for (int i = 0; i < order.length; i++) {
      position[order[i]] = i;
    }
    BitSet isGoal = new BitSet();
    List<TopicRef> goalRefs = new ArrayList<>();
    List<TopicRef> knownGoals = new ArrayList<>();
    BitSet asked = new BitSet();
    for (int g : goals) {
      if (!asked.get(g)) {
        goalRefs.add(TopicRef.of(c, g));
      }
      asked.set(g);
    }
    for (int g : targets) {
      if (!isGoal.get(g) && known.get(g)) {
        knownGoals.add(TopicRef.of(c, g));
      }
      isGoal.set(g);
    }
    Adjacency requiredBy = c.requiredBy();
    List<Step> steps = new ArrayList<>(order.length);
    long totalMinutes = 0;
    int estimatedSteps = 0;
    long[] minutes = new long[order.length];
    for (int i = 0; i < order.length; i++) {
      int v = order[i];
      int neededBy = -1;
      for (int k = requiredBy.start(v), end = requiredBy.end(v); k < end; k++) {
        int u = requiredBy.target(k);
        if (position[u] > i && (neededBy < 0 || position[u] < position[neededBy])) {
          neededBy = u;
        }
      }
      Optional<ResourceChoice> resource = ResourceChooser.choose(c, v, preferences);
      Optional<Long> duration =
          c.learningTime(v)
              .or(() -> resource.map(ResourceChoice::resource).flatMap(Resource::duration))
              .map(d -> d.toMinutes());
      boolean estimated = duration.isEmpty();
      minutes[i] = duration.orElseGet(() -> estimate.minutesFor(c.kind(v)));
      if (estimated) {
        estimatedSteps++;
      }
      totalMinutes += minutes[i];
      final int by = neededBy;
      steps.add(
          new Step(
              i + 1,
              TopicRef.of(c, v),
              isGoal.get(v),
              by < 0 ? Optional.empty() : Optional.of(TopicRef.of(c, by)),
              by < 0 ? Optional.empty() : c.reason(by, v),
              resource,
              minutes[i] / 60.0,
              estimated,
              totalMinutes / 60.0));
    }
    Optional<Schedule> schedule = pace.map(p -> schedule(steps, minutes, p));
    return new LearningPath(
        goalRefs,
        strategy,
        steps,
        knownGoals,
        totalMinutes / 60.0,
        estimatedSteps,
        schedule,
        UmbrellaTopic.among(c, goals),
        List.of());
  }

  /**
   * Fills weeks of {@code hoursPerWeek} with the steps in order, splitting steps across weeks;
   * refuses a schedule longer than {@link Pace#MAX_WEEKS} before building any week.
   */
  static Schedule schedule(List<Step> steps, long[] minutes, Pace pace) {
    double total = 0;
    for (long m : minutes) {
      total += m;
    }
    pace.requireFits(total);
    double capacity = pace.hoursPerWeek() * 60;
    List<Week> weeks = new ArrayList<>();
    List<WeekItem> items = new ArrayList<>();
    double used = 0;
    for (int i = 0; i < steps.size(); i++) {
      double left = minutes[i];
      do {
        if (used >= capacity - 1e-9) {
          weeks.add(week(weeks.size() + 1, pace.start(), used, items));
          items = new ArrayList<>();
          used = 0;
        }
        double part = Math.min(left, capacity - used);
        left -= part;
        used += part;
        items.add(
            new WeekItem(steps.get(i).number(), steps.get(i).topic(), part / 60.0, left <= 1e-9));
      } while (left > 1e-9);
    }
    if (!items.isEmpty()) {
      weeks.add(week(weeks.size() + 1, pace.start(), used, items));
    }
    LocalDate finish = weeks.isEmpty() ? pace.start() : weeks.get(weeks.size() - 1).end();
    return new Schedule(pace, finish, weeks);
  }

  private static Week week(int number, LocalDate start, double minutes, List<WeekItem> items) {
    LocalDate first = start.plusWeeks(number - 1L);
    return new Week(number, first, first.plusDays(6), minutes / 60.0, items);
  }
}
