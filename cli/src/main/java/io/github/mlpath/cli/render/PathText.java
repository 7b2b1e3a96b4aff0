package io.github.mlpath.cli.render;

import io.github.mlpath.core.plan.LearningPath;
import io.github.mlpath.core.plan.Schedule;
import io.github.mlpath.core.plan.Step;
import io.github.mlpath.core.plan.Week;
import io.github.mlpath.core.plan.WeekItem;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A learning path as plain text and as a Markdown checklist. */
public final class PathText {
  private PathText() {}

  /** Numbered steps with why each is there, its resource and the running total; the schedule. */
  public static void text(LearningPath path, PrintWriter out) {
    out.printf(
        "Path to %s (%s): %d steps, %s%n",
        goalNames(path), path.strategy().slug(), path.steps().size(), Text.pathHours(path));
    Text.knownUmbrellas(path.knownUmbrellas()).forEach(out::println);
    Text.goalUmbrellas(path.goalUmbrellas()).forEach(out::println);
    path.knownGoals().forEach(g -> out.printf("Already known: %s%n", Text.topic(g)));
    int width = String.valueOf(path.steps().size()).length();
    String pad = " ".repeat(width + 2);
    for (Step s : path.steps()) {
      out.printf(
          "%n%" + width + "d. %s [%s]  %s%s, total %s%n",
          s.number(),
          Text.topic(s.topic()),
          s.topic().kind().slug(),
          Text.hours(s.hours()),
          s.estimated() ? " (estimated)" : "",
          Text.hours(s.totalHours()));
      if (s.goal()) {
        out.println(pad + "why: a goal");
      }
      s.neededBy()
          .ifPresent(
              n ->
                  out.println(
                      pad
                          + "why: needed by "
                          + n.label()
                          + s.reason().map(r -> ": " + r).orElse("")));
      s.resource()
          .ifPresent(
              r -> {
                out.println(pad + "use: " + Text.resource(r));
                r.notes().forEach(note -> out.println(pad + "note: " + note));
              });
      out.println(pad + "hours: " + s.hoursBasis());
    }
    path.schedule().ifPresent(schedule -> textSchedule(schedule, out));
  }

  private static void textSchedule(Schedule schedule, PrintWriter out) {
    out.printf(
        "%nSchedule at %s a week, from %s to %s:%n",
        Text.hours(schedule.pace().hoursPerWeek()), schedule.pace().start(), schedule.finish());
    for (Week w : schedule.weeks()) {
      List<String> items = new ArrayList<>();
      for (WeekItem i : w.items()) {
        items.add(
            i.step()
                + ". "
                + i.topic().label()
                + " "
                + Text.itemHours(i.hours(), i.estimated())
                + (i.finishes() ? "" : " (continues)"));
      }
      out.printf(
          "  Week %d (%s to %s, %s): %s%n",
          w.number(), w.start(), w.end(), Text.weekHours(w), String.join("; ", items));
    }
  }

  /** A checklist of the steps, each with its resource as a link; the schedule by week. */
  public static void markdown(LearningPath path, PrintWriter out) {
    out.printf(
        "# Path to %s%n%n%d steps, %s, strategy %s.%n%n",
        goalNames(path), path.steps().size(), Text.pathHours(path), path.strategy().slug());
    Text.knownUmbrellas(path.knownUmbrellas()).forEach(l -> out.println("- " + l));
    Text.goalUmbrellas(path.goalUmbrellas()).forEach(l -> out.println("- " + l));
    if (!path.knownUmbrellas().isEmpty() || !path.goalUmbrellas().isEmpty()) {
      out.println();
    }
    for (Step s : path.steps()) {
      StringBuilder line =
          new StringBuilder("- [ ] **")
              .append(s.number())
              .append(". ")
              .append(s.topic().label())
              .append("** (")
              .append(s.topic().kind().slug())
              .append(", ")
              .append(Text.hours(s.hours()))
              .append(s.estimated() ? " estimated" : "")
              .append(", total ")
              .append(Text.hours(s.totalHours()))
              .append(")");
      if (s.goal()) {
        line.append(" — goal");
      }
      s.neededBy()
          .ifPresent(
              n ->
                  line.append(" — needed by ")
                      .append(n.label())
                      .append(s.reason().map(r -> ": " + r).orElse("")));
      out.println(line);
      s.resource()
          .ifPresent(
              r -> {
                out.println("  - " + Text.markdownResource(r));
                r.notes().forEach(note -> out.println("  - note: " + note));
              });
    }
    path.schedule().ifPresent(schedule -> markdownSchedule(schedule, out));
  }

  private static void markdownSchedule(Schedule schedule, PrintWriter out) {
    out.printf("%n## Schedule%n%n");
    for (Week w : schedule.weeks()) {
      out.printf(
          "- Week %d (%s to %s, %s): %s%n",
          w.number(),
          w.start(),
          w.end(),
          Text.weekHours(w),
          String.join(
              ", ",
              w.items().stream()
                  .map(
                      i ->
                          i.step()
                              + ". "
                              + i.topic().label()
                              + " "
                              + Text.itemHours(i.hours(), i.estimated())
                              + (i.finishes() ? "" : " (continues)"))
                  .toList()));
    }
  }

  private static String goalNames(LearningPath path) {
    return String.join(", ", path.goals().stream().map(g -> g.label()).toList());
  }
}
