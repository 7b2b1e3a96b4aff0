package io.github.mlpath.cli.render;

import io.github.mlpath.core.learner.DueReview;
import io.github.mlpath.core.learner.GoalStatus;
import io.github.mlpath.core.learner.ReviewList;
import io.github.mlpath.core.learner.Status;
import io.github.mlpath.core.plan.Step;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Plain text and markdown for {@code status} and {@code review}. */
public final class StatusText {
  private static final int BAR = 30;

  private StatusText() {}

  /** {@code [#########---------]} for a fraction done. */
  static String bar(double fraction) {
    int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * BAR);
    return "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "]";
  }

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
  }

  private static String pace(Status s) {
    return s.hoursPerWeek()
        .map(
            h -> "pace " + Text.hours(h) + " a week" + s.start().map(d -> ", from " + d).orElse(""))
        .orElse("no pace set: mlpath prefs set --hours-per-week N");
  }

  /** "12.0 h done (4.0 h of it estimated)". */
  private static String hours(double total, double estimated, String what) {
    return Text.hours(total)
        + " "
        + what
        + (estimated > 0 ? " (" + Text.hours(estimated) + " of it estimated)" : "");
  }

  static String schedule(double ahead) {
    if (Math.abs(ahead) < 0.05) {
      return "on schedule";
    }
    return Text.hours(Math.abs(ahead)) + (ahead > 0 ? " ahead of schedule" : " behind schedule");
  }

  static String step(Step s) {
    return s.number()
        + ". "
        + Text.topic(s.topic())
        + " "
        + Text.hours(s.hours())
        + (s.estimated() ? " (estimated)" : "");
  }

  public static void text(Status s, boolean terminal, PrintWriter out) {
    out.printf("Status on %s (%s)%n", s.day(), pace(s));
    out.printf(
        "Known: %d marked, %d implied. Reviews due: %d%s%n",
        s.learned(), s.implied(), s.reviewsDue(), s.reviewsDue() > 0 ? " (mlpath review)" : "");
    if (s.goals().isEmpty()) {
      out.println("No goals yet; add one with: mlpath goal add TOPIC");
    }
    for (GoalStatus g : s.goals()) {
      out.printf("%n%s%n", Text.topic(g.goal()));
      out.println(
          "  "
              + (terminal
                  ? bar(g.fraction()) + " " + percent(g.fraction())
                  : percent(g.fraction()) + " done"));
      out.printf("  topics: %d done, %d left%n", g.topicsDone(), g.topicsLeft());
      out.printf(
          "  hours: %s, %s%n",
          hours(g.hoursDone(), g.hoursDoneEstimated(), "done"),
          hours(g.hoursLeft(), g.hoursLeftEstimated(), "left"));
      if (g.complete()) {
        out.println("  done: every topic of this goal is known");
        continue;
      }
      g.finish().ifPresent(f -> out.println("  finish: " + f + " at your pace"));
      g.aheadHours().ifPresent(a -> out.println("  schedule: " + schedule(a)));
      out.println("  next: " + String.join("; ", g.next().stream().map(StatusText::step).toList()));
    }
  }

  public static void markdown(Status s, PrintWriter out) {
    out.printf("# Status on %s%n%n", s.day());
    out.printf("- %s%n", pace(s));
    out.printf(
        "- Known: %d marked, %d implied%n- Reviews due: %d%n",
        s.learned(), s.implied(), s.reviewsDue());
    for (GoalStatus g : s.goals()) {
      out.printf("%n## %s%n%n", g.goal().label());
      out.printf(
          "- Progress: %s (%d of %d topics)%n",
          percent(g.fraction()), g.topicsDone(), g.topicsDone() + g.topicsLeft());
      out.printf(
          "- Hours: %s, %s%n",
          hours(g.hoursDone(), g.hoursDoneEstimated(), "done"),
          hours(g.hoursLeft(), g.hoursLeftEstimated(), "left"));
      g.finish().ifPresent(f -> out.printf("- Finish: %s%n", f));
      g.aheadHours().ifPresent(a -> out.printf("- Schedule: %s%n", schedule(a)));
      for (Step step : g.next()) {
        out.printf("- [ ] %s%n", step(step));
      }
    }
  }

  public static void reviews(ReviewList r, PrintWriter out) {
    if (r.due().isEmpty()) {
      out.println(
          "No review due on "
              + r.day()
              + r.next().map(n -> "; next: " + n.topic().label() + " on " + n.due()).orElse("")
              + ".");
      return;
    }
    out.printf(
        "%d %s due on %s:%n", r.due().size(), r.due().size() == 1 ? "review" : "reviews", r.day());
    List<DueReview> due = r.due();
    for (int i = 0; i < due.size(); i++) {
      DueReview d = due.get(i);
      out.printf(
          "%d. %s, due %s%s, last %s%n",
          i + 1,
          Text.topic(d.topic()),
          d.due(),
          d.overdueDays() > 0 ? " (" + d.overdueDays() + " days overdue)" : "",
          d.last());
    }
    out.println("Record one with: mlpath reviewed TOPIC [--again|--hard|--good|--easy]");
  }
}
