package io.github.mlpath.cli;

import io.github.mlpath.cli.render.Text;
import io.github.mlpath.cli.request.ExitCodes;
import io.github.mlpath.core.learner.Grade;
import io.github.mlpath.core.learner.ReviewReport;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mlpath reviewed TOPIC [--again|--hard|--good|--easy]}: records one review. */
@Command(
    name = "reviewed",
    mixinStandardHelpOptions = true,
    description = {
      "Records that you reviewed a topic today and how it went (default --good). The next review"
          + " moves out by SM-2; a recalled review also counts, in part, for the prerequisites"
          + " you review (0.5 a direct one, 0.25 two edges down, 0.125 three)."
    })
final class ReviewedCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Mixin ProfileOptions profile;

  @Parameters(paramLabel = "TOPIC", description = "The topic you reviewed.")
  String topic;

  /** One of the four grades. */
  static final class Grades {
    @Option(names = "--again", description = "You forgot it: start its reviews again.")
    boolean again;

    @Option(names = "--hard", description = "You recalled it with serious difficulty.")
    boolean hard;

    @Option(names = "--good", description = "You recalled it after some thought (the default).")
    boolean good;

    @Option(names = "--easy", description = "You recalled it at once.")
    boolean easy;

    Grade grade() {
      return again ? Grade.AGAIN : hard ? Grade.HARD : easy ? Grade.EASY : Grade.GOOD;
    }
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Grades grades = new Grades();

  private final Clock clock;

  ReviewedCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    LearnerSession s = LearnerSession.open(data, profile, clock);
    Grade grade = grades == null ? Grade.GOOD : grades.grade();
    ReviewReport r =
        s.store.update(p -> s.learner.reviewed(p, topic, grade, s.today), ReviewReport::profile);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "Reviewed %s (%s): next review on %s, in %d %s%n",
        Text.topic(r.topic()),
        grade.slug(),
        r.card().due(),
        r.card().interval(),
        r.card().interval() == 1 ? "day" : "days");
    r.credited().forEach(c -> out.println(ProfileText.credit(c)));
    out.flush();
    return ExitCodes.OK;
  }
}
