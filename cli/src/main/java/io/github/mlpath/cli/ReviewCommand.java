package io.github.mlpath.cli;

import io.github.mlpath.cli.render.Json;
import io.github.mlpath.cli.request.ExitCodes;
import io.github.mlpath.core.learner.ReviewList;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mlpath review}: the learned topics due for review today. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
      "The learned topics due for review today, most overdue first (SM-2 spacing; see"
          + " docs/planning.md). Record a review with 'mlpath reviewed TOPIC'."
    })
final class ReviewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Mixin ProfileOptions profile;

  @Mixin FormatOption format;

  private final Clock clock;

  ReviewCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    LearnerSession s = LearnerSession.open(data, profile, clock);
    ReviewList due = s.learner.due(s.read(spec.commandLine().getErr()), s.today);
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      out.println(Json.write(due));
    } else {
      StatusText.reviews(due, out);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
