package io.github.mlpath.core.learner;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.plan.LearningPath;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.core.plan.Schedule;
import io.github.mlpath.core.plan.Step;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A learner's progress toward each goal, from three plans made with the profile's preferences: the
 * path with nothing known (every topic of the goal, with its hours), the path from what is known
 * now (what is left, scheduled from today at their pace), and the path from what was known on the
 * day their schedule started (what they planned). Stateless.
 */
final class Progress {
  private Progress() {}

  static GoalStatus of(Learner learner, Profile profile, int goal, LocalDate day) {
    Planner planner = learner.planner();
    Curriculum c = planner.curriculum();
    String id = c.id(goal);
    Preferences prefs = profile.preferences();
    LearningPath all =
        planner.path(learner.request(profile, List.of(id), day).withKnown(List.of()));
    LearningPath left = planner.path(learner.request(profile, List.of(id), day));
    Set<String> leftIds = ids(left);
    double done = 0;
    double doneEstimated = 0;
    int topicsDone = 0;
    for (Step s : all.steps()) {
      if (!leftIds.contains(s.topic().id())) {
        topicsDone++;
        done += s.hours();
        doneEstimated += s.estimated() ? s.hours() : 0;
      }
    }
    Optional<Double> ahead = Optional.empty();
    if (prefs.hoursPerWeek().isPresent() && prefs.start().isPresent()) {
      ahead = Optional.of(ahead(learner, profile, id, day, leftIds));
    }
    return new GoalStatus(
        TopicRef.of(c, goal),
        topicsDone,
        left.steps().size(),
        round(done),
        round(doneEstimated),
        round(left.totalHours()),
        round(estimatedHours(left)),
        left.steps().isEmpty() ? Optional.empty() : left.schedule().map(Schedule::finish),
        ahead,
        left.steps().subList(0, Math.min(3, left.steps().size())));
  }

  /**
   * Hours done since the start on the path planned then, less the hours the pace planned by {@code
   * day} (never more than that whole path).
   */
  private static double ahead(
      Learner learner, Profile profile, String goal, LocalDate day, Set<String> leftIds) {
    Preferences prefs = profile.preferences();
    LocalDate start = prefs.start().orElseThrow();
    List<String> knownAtStart = new ArrayList<>();
    profile.learned().stream()
        .filter(m -> m.date().isBefore(start))
        .forEach(m -> knownAtStart.add(m.topic()));
    profile.implied().stream()
        .filter(m -> m.date().isBefore(start))
        .forEach(m -> knownAtStart.add(m.topic()));
    Curriculum c = learner.planner().curriculum();
    LearningPath planned =
        learner
            .planner()
            .path(
                learner
                    .request(profile, List.of(goal), day)
                    .withKnown(Marks.present(c, knownAtStart)));
    double doneSince = 0;
    for (Step s : planned.steps()) {
      doneSince += leftIds.contains(s.topic().id()) ? 0 : s.hours();
    }
    double weeks = Math.max(0, ChronoUnit.DAYS.between(start, day)) / 7.0;
    double due = Math.min(planned.totalHours(), weeks * prefs.hoursPerWeek().orElseThrow());
    return round(doneSince - due);
  }

  private static Set<String> ids(LearningPath p) {
    return p.steps().stream().map(s -> s.topic().id()).collect(Collectors.toSet());
  }

  private static double estimatedHours(LearningPath p) {
    return p.steps().stream().filter(Step::estimated).mapToDouble(Step::hours).sum();
  }

  private static double round(double hours) {
    return Math.round(hours * 100) / 100.0;
  }
}
