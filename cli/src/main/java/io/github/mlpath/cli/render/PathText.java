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
    out.println(
        "Path to "
            + goalNames(path)
            + " ("
            + path.strategy().slug()
            + "): "
            + path.steps().size()
            + " steps, "
            + Text.pathHours(path));
    Text.knownUmbrellas(path.knownUmbrellas()).forEach(out::println);
    Text.goalUmbrellas(path.goalUmbrellas()).forEach(out::println);
    path.knownGoals().forEach(g -> out.println("Already known: " + Text.topic(g)));
    int width = String.valueOf(path.steps().size()).length();
    String pad = " ".repeat(width + 2);
    for (Step s : path.steps()) {
      out.print(step(s, width, pad));
    }
    path.schedule().ifPresent(schedule -> textSchedule(schedule, out));
  }

  /**
   * One step's lines after a blank one: the number right-aligned, label, id, kind, hours and the
   * running total, then why, the resource and its notes and what the hours are based on, each
   * indented by {@code pad}. Built whole and printed at once: a long path has tens of thousands of
   * steps.
   */
  private static String step(Step s, int width, String pad) {
    String nl = System.lineSeparator();
    String number = String.valueOf(s.number());
    StringBuilder b = new StringBuilder(256).append(nl);
    b.append(" ".repeat(Math.max(0, width - number.length())))
        .append(number)
        .append(". ")
        .append(Text.topic(s.topic()))
        .append(" [")
        .append(s.topic().kind().slug())
        .append("]  ")
        .append(Text.hours(s.hours()))
        .append(s.estimated() ? " (estimated)" : "")
        .append(", total ")
        .append(Text.hours(s.totalHours()))
        .append(nl);
    if (s.goal()) {
      b.append(pad).append("why: a goal").append(nl);
    }
    s.neededBy()
        .ifPresent(
            n -> {
              b.append(pad).append("why: needed by ").append(n.label());
              s.reason().ifPresent(r -> b.append(": ").append(r));
              b.append(nl);
            });
    s.resource()
        .ifPresent(
            r -> {
              b.append(pad).append("use: ").append(Text.resource(r)).append(nl);
              r.notes().forEach(note -> b.append(pad).append("note: ").append(note).append(nl));
            });
    return b.append(pad).append("hours: ").append(s.hoursBasis()).append(nl).toString();
  }

  private static void textSchedule(Schedule schedule, PrintWriter out) {
    out.println();
    out.println(
        "Schedule at "
            + Text.hours(schedule.pace().hoursPerWeek())
            + " a week, from "
            + schedule.pace().start()
            + " to "
            + schedule.finish()
            + ":");
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
      out.println(week("  Week ", w) + String.join("; ", items));
    }
  }

  /** A checklist of the steps, each with its resource as a link; the schedule by week. */
  public static void markdown(LearningPath path, PrintWriter out) {
    out.println("# Path to " + goalNames(path));
    out.println();
    out.println(
        path.steps().size()
            + " steps, "
            + Text.pathHours(path)
            + ", strategy "
            + path.strategy().slug()
            + ".");
    out.println();
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
    out.println();
    out.println("## Schedule");
    out.println();
    for (Week w : schedule.weeks()) {
      out.println(
          week("- Week ", w)
              + String.join(
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

  /** "{@code prefix}3 (2027-01-04 to 2027-01-10, 5.0 h): ", the head of a week's line. */
  private static String week(String prefix, Week w) {
    return prefix
        + w.number()
        + " ("
        + w.start()
        + " to "
        + w.end()
        + ", "
        + Text.weekHours(w)
        + "): ";
  }

  private static String goalNames(LearningPath path) {
    return String.join(", ", path.goals().stream().map(g -> g.label()).toList());
  }
}
