package io.github.mlpath.core.plan;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.UmbrellaTopic;
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
 * resource and hours ({@link PathSteps}, {@link HoursModel}). {@link Planner} wraps this with name
 * resolution.
 */
public final class PathPlanner {
  private static final double EPSILON = 1e-9;

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
      HoursModel hours) {
    int[] order = order(c, ranking, goals, known, strategy);
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
    for (int g : Closure.expand(c, goals)) {
      if (!isGoal.get(g) && known.get(g)) {
        knownGoals.add(TopicRef.of(c, g));
      }
      isGoal.set(g);
    }
    List<Step> steps = PathSteps.of(c, order, isGoal, preferences, hours);
    long[] minutes = PathSteps.minutes(steps);
    long total = Arrays.stream(minutes).sum();
    long estimated = 0;
    int estimatedSteps = 0;
    for (int i = 0; i < minutes.length; i++) {
      if (steps.get(i).estimated()) {
        estimated += minutes[i];
        estimatedSteps++;
      }
    }
    Optional<Schedule> schedule = pace.map(p -> schedule(steps, minutes, p));
    return new LearningPath(
        goalRefs,
        strategy,
        steps,
        knownGoals,
        total / 60.0,
        estimated / 60.0,
        estimatedSteps,
        schedule,
        UmbrellaTopic.among(c, goals),
        List.of());
  }

  /**
   * Fills weeks of {@code hoursPerWeek} with the steps in order, splitting steps across weeks;
   * refuses a schedule longer than {@link Pace#MAX_WEEKS} before building any week. A split never
   * leaves a piece shorter than {@link #minPart} on either side: a week ends a little short
   * instead.
   */
  static Schedule schedule(List<Step> steps, long[] minutes, Pace pace) {
    double total = 0;
    for (long m : minutes) {
      total += m;
    }
    pace.requireFits(total);
    double capacity = pace.hoursPerWeek() * 60;
    double min = minPart(capacity);
    List<Week> weeks = new ArrayList<>();
    List<WeekItem> items = new ArrayList<>();
    double used = 0;
    for (int i = 0; i < steps.size(); i++) {
      double left = minutes[i];
      do {
        double part = part(left, capacity - used, min);
        if (part <= EPSILON && left > EPSILON && !items.isEmpty()) {
          weeks.add(week(weeks.size() + 1, pace.start(), used, items));
          items = new ArrayList<>();
          used = 0;
          continue;
        }
        left -= part;
        used += part;
        Step step = steps.get(i);
        items.add(
            new WeekItem(
                step.number(), step.topic(), part / 60.0, left <= EPSILON, step.estimated()));
      } while (left > EPSILON);
    }
    if (!items.isEmpty()) {
      weeks.add(week(weeks.size() + 1, pace.start(), used, items));
    }
    LocalDate finish = weeks.isEmpty() ? pace.start() : weeks.get(weeks.size() - 1).end();
    return new Schedule(pace, finish, weeks);
  }

  /** The shortest piece a split may leave: half an hour, or a quarter of a very short week. */
  static double minPart(double capacityMinutes) {
    return Math.min(30, capacityMinutes / 4);
  }

  /**
   * How much of a step with {@code left} minutes to do in a week with {@code room} minutes free:
   * all of it if it fits; else as much as fits while leaving at least {@code min} for later; none
   * if that would start it with less than {@code min}.
   */
  private static double part(double left, double room, double min) {
    if (left <= room + EPSILON) {
      return left;
    }
    double part = Math.min(room, left - min);
    return part < min ? 0 : part;
  }

  private static Week week(int number, LocalDate start, double minutes, List<WeekItem> items) {
    LocalDate first = start.plusWeeks(number - 1L);
    return new Week(number, first, first.plusDays(6), minutes / 60.0, items);
  }
}
