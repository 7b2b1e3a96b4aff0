package io.github.mlpath.cli.render;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.Depth;
import io.github.mlpath.core.Medium;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.learner.Credit;
import io.github.mlpath.core.learner.Goals;
import io.github.mlpath.core.learner.Implication;
import io.github.mlpath.core.learner.LearnReport;
import io.github.mlpath.core.learner.Mark;
import io.github.mlpath.core.learner.Preferences;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.core.learner.ReviewReport;
import io.github.mlpath.core.learner.UnlearnReport;
import io.github.mlpath.core.plan.Strategy;
import java.io.PrintWriter;
import java.util.List;

/** Plain text for the profile commands: what a change did, goals, preferences, the profile. */
public final class ProfileText {
  private ProfileText() {}

  public static String labels(List<TopicRef> topics) {
    return String.join(", ", topics.stream().map(TopicRef::label).toList());
  }

  public static void learned(LearnReport r, PrintWriter out) {
    if (!r.marked().isEmpty()) {
      out.println(
          "Marked learned: " + String.join(", ", r.marked().stream().map(Text::topic).toList()));
    }
    if (!r.alreadyMarked().isEmpty()) {
      out.println("Already marked: " + labels(r.alreadyMarked()));
    }
    if (!r.newlyImplied().isEmpty()) {
      out.println(
          "Known now because they are required ("
              + r.newlyImplied().size()
              + "): "
              + labels(r.newlyImplied()));
    }
    for (Credit c : r.credited()) {
      out.println(credit(c));
    }
  }

  /** "Reviewed Derivatives (derivatives) (good): next review on ..., in 6 days", and credits. */
  public static void reviewed(ReviewReport r, PrintWriter out) {
    out.printf(
        "Reviewed %s (%s): next review on %s, in %d %s%n",
        Text.topic(r.topic()),
        r.grade().slug(),
        r.card().due(),
        r.card().interval(),
        r.card().interval() == 1 ? "day" : "days");
    r.credited().forEach(c -> out.println(credit(c)));
  }

  public static String credit(Credit c) {
    return String.format(
        java.util.Locale.ROOT,
        "Review credit %.3f to %s (next review %s)",
        c.credit(),
        c.topic().label(),
        c.due());
  }

  public static void unlearned(UnlearnReport r, PrintWriter out) {
    if (!r.unmarked().isEmpty()) {
      out.println(
          "Unmarked: " + String.join(", ", r.unmarked().stream().map(Text::topic).toList()));
    }
    r.unmarkedMissing().forEach(id -> out.println("Unmarked: " + id + " (not in this curriculum)"));
    for (Implication i : r.stillKnown()) {
      out.println(
          "Still known: "
              + i.topic().label()
              + ", because "
              + labels(i.impliedBy())
              + " "
              + (i.impliedBy().size() == 1 ? "requires" : "require")
              + " it; unlearn "
              + ids(i.impliedBy())
              + " too to drop it");
    }
    for (Implication i : r.notMarked()) {
      if (i.impliedBy().isEmpty()) {
        out.println("Not marked: " + i.topic().label() + " was not known; nothing to undo");
      } else {
        out.println(
            "Not marked: "
                + i.topic().label()
                + " is only implied, by "
                + labels(i.impliedBy())
                + "; unlearn "
                + ids(i.impliedBy())
                + " to drop it");
      }
    }
    if (!r.noLongerKnown().isEmpty()) {
      out.println(
          "No longer known (" + r.noLongerKnown().size() + "): " + labels(r.noLongerKnown()));
    }
  }

  private static String ids(List<TopicRef> topics) {
    return String.join(" ", topics.stream().map(TopicRef::id).toList());
  }

  /** The goals, numbered, or how to add one. */
  public static void goals(Goals goals, PrintWriter out) {
    if (goals.goals().isEmpty()) {
      out.println("No goals yet; add one with: mlpath goal add TOPIC");
      return;
    }
    for (int i = 0; i < goals.goals().size(); i++) {
      Goals.Goal g = goals.goals().get(i);
      out.printf(
          "%d. %s%n",
          i + 1, g.topic().map(Text::topic).orElse(g.id() + " (not in this curriculum)"));
    }
  }

  /** "Goals:", then the goals after a change. */
  public static void changedGoals(Goals goals, PrintWriter out) {
    out.println("Goals:");
    goals(goals, out);
  }

  /** "Label (id)", or "id (not in this curriculum)". */
  public static String name(Curriculum c, String id) {
    return c.indexOf(id).isPresent()
        ? Text.topic(TopicRef.of(c, c.indexOf(id).getAsInt()))
        : id + " (not in this curriculum)";
  }

  public static void preferences(Preferences p, PrintWriter out) {
    out.println(
        "hours per week: "
            + p.hoursPerWeek().map(h -> Text.hours(h).replace(" h", "")).orElse("(not set)"));
    out.println("start:          " + p.start().map(Object::toString).orElse("(not set)"));
    out.println("prefer:         " + p.medium().map(Medium::slug).orElse("(not set)"));
    out.println("free only:      " + (p.freeOnly() ? "yes" : "no"));
    out.println("depth:          " + p.depth().map(Depth::slug).orElse("(not set)"));
    out.println("strategy:       " + p.strategy().map(Strategy::slug).orElse("(not set: jit)"));
  }

  public static void profile(Profile p, Curriculum c, String where, PrintWriter out) {
    out.println("Profile: " + where);
    out.printf(
        "Learned: %d marked, %d more implied; %d with a review schedule%n",
        p.learned().size(), p.implied().size(), p.reviews().size());
    for (Mark m : p.learned()) {
      out.printf("  %s  %s  %s%n", m.date(), m.origin().slug(), name(c, m.topic()));
    }
    out.println("Goals:");
    if (p.goals().isEmpty()) {
      out.println("  (none)");
    }
    p.goals().forEach(g -> out.println("  " + name(c, g)));
    out.println("Preferences:");
    java.io.StringWriter prefs = new java.io.StringWriter();
    preferences(p.preferences(), new PrintWriter(prefs));
    prefs.toString().lines().forEach(l -> out.println("  " + l));
  }
}
