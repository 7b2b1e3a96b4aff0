package io.github.mlpath.core.learner;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.plan.PathRequest;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.core.plan.Strategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The learner model on one curriculum: marking topics learned (what they require is implied and
 * kept apart), removing marks, goals, plans from the profile, progress, and spaced review. Every
 * change returns a new {@link Profile} inside a report of what changed; nothing here reads or
 * writes files, and the day is always passed in. Thread-safe.
 *
 * <pre>{@code
 * Learner learner = Learner.of(planner);
 * Profile p = learner.learn(Profile.EMPTY, List.of("derivatives"), today).profile();
 * p = learner.addGoals(p, List.of("backpropagation"));
 * LearningPath path = planner.path(learner.request(p, p.goals(), today));
 * Status status = learner.status(p, today);
 * ReviewList due = learner.due(p, today);
 * }</pre>
 */
public final class Learner {
  private final Planner planner;

  private Learner(Planner planner) {
    this.planner = planner;
  }

  /** The learner model on {@code planner}'s curriculum. */
  public static Learner of(Planner planner) {
    return new Learner(Objects.requireNonNull(planner));
  }

  public Planner planner() {
    return planner;
  }

  /**
   * What the profile counts as known on this curriculum: its marks, implied topics, and all they
   * require.
   */
  public BitSet known(Profile p) {
    return planner.known(knownIds(p), true);
  }

  /** The ids of the profile's marked and implied topics that the curriculum has. */
  public List<String> knownIds(Profile p) {
    return Marks.present(planner.curriculum(), p.knownIds());
  }

  /** Ids the profile names (marks, implied topics, goals, reviews) that the curriculum lacks. */
  public List<String> missing(Profile p) {
    Curriculum c = planner.curriculum();
    Set<String> out = new LinkedHashSet<>();
    List<String> all = new ArrayList<>(p.knownIds());
    all.addAll(p.goals());
    p.reviews().forEach(r -> all.add(r.topic()));
    for (String id : all) {
      if (c.indexOf(id).isEmpty()) {
        out.add(id);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Marks {@code names} learned on {@code day}: each gets a review schedule, and the prerequisites
   * already scheduled get implicit credit.
   *
   * @throws io.github.mlpath.core.UnknownTopicException for a name that matches no topic
   */
  public LearnReport learn(Profile p, List<String> names, LocalDate day) {
    return Marks.learn(planner, p, names, MarkOrigin.LEARNED, day);
  }

  /**
   * Records what the placement quiz found known: the topics of {@code known} that no other topic of
   * it requires are marked as placed on {@code day}, the rest implied. No review schedule.
   */
  public LearnReport place(Profile p, List<TopicRef> known, LocalDate day) {
    Curriculum c = planner.curriculum();
    BitSet set = new BitSet();
    known.forEach(t -> set.set(planner.resolve(t.id())));
    List<String> top = new ArrayList<>();
    for (int v = set.nextSetBit(0); v >= 0; v = set.nextSetBit(v + 1)) {
      boolean required = false;
      for (int k = c.requiredBy().start(v); k < c.requiredBy().end(v) && !required; k++) {
        required = set.get(c.requiredBy().target(k));
      }
      if (!required) {
        top.add(c.id(v));
      }
    }
    return Marks.learn(planner, p, top, MarkOrigin.ASSESSED, day);
  }

  /**
   * Removes the marks of {@code names}; topics only implied keep their standing and are reported.
   */
  public UnlearnReport unlearn(Profile p, List<String> names) {
    return Marks.unlearn(planner, p, names);
  }

  /** Adds goals by name (stored by id), keeping the order and dropping repeats. */
  public Profile addGoals(Profile p, List<String> names) {
    List<String> goals = new ArrayList<>(p.goals());
    for (String name : names) {
      goals.add(planner.curriculum().id(planner.resolve(name)));
    }
    return p.withGoals(goals);
  }

  /** The goals of {@code p}, each with its topic when this curriculum has it. */
  public Goals goals(Profile p) {
    return Goals.of(planner.curriculum(), p);
  }

  /**
   * Removes goals by name or by the id stored in the profile.
   *
   * @throws LearnerException naming a goal that is not one
   */
  public Profile removeGoals(Profile p, List<String> names) {
    List<String> goals = new ArrayList<>(p.goals());
    for (String name : names) {
      String id = goals.contains(name) ? name : planner.curriculum().id(planner.resolve(name));
      if (!goals.remove(id)) {
        throw new LearnerException(
            "'" + id + "' is not one of your goals; see them with: mlpath goal list");
      }
    }
    return p.withGoals(goals);
  }

  /**
   * The path request for {@code goals} from the profile: what it knows, its strategy and resource
   * preferences, and its pace as a schedule starting on {@code day} (a schedule restarts from today
   * with what is left).
   */
  public PathRequest request(Profile p, List<String> goals, LocalDate day) {
    Preferences prefs = p.preferences();
    PathRequest r =
        PathRequest.to(goals.toArray(String[]::new))
            .withKnown(knownIds(p))
            .withStrategy(prefs.strategy().orElse(Strategy.JIT))
            .withPreferences(prefs.resources());
    return prefs.hoursPerWeek().isPresent() ? r.withSchedule(prefs.hoursPerWeek().get(), day) : r;
  }

  /** Progress toward each goal on {@code day}, with the reviews due. */
  public Status status(Profile p, LocalDate day) {
    List<GoalStatus> goals = new ArrayList<>();
    for (String g : p.goals()) {
      planner.curriculum().indexOf(g).ifPresent(v -> goals.add(Progress.of(this, p, v, day)));
    }
    return new Status(
        day,
        p.preferences().hoursPerWeek(),
        p.preferences().start(),
        p.learned().size(),
        p.implied().size(),
        goals,
        due(p, day).due().size(),
        missing(p));
  }

  /**
   * Records a review of {@code name} on {@code day}; when recalled, the prerequisites with a
   * schedule get implicit credit.
   *
   * @throws LearnerException when the profile does not count the topic as known
   */
  public ReviewReport reviewed(Profile p, String name, Grade grade, LocalDate day) {
    return Reviews.reviewed(planner, p, name, grade, day);
  }

  /** The reviews due on {@code day}. */
  public ReviewList due(Profile p, LocalDate day) {
    return Reviews.due(planner, p, day);
  }
}
