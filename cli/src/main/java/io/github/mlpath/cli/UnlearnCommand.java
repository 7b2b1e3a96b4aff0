package io.github.mlpath.cli;

import io.github.mlpath.cli.request.ExitCodes;
import io.github.mlpath.core.learner.UnlearnReport;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mlpath unlearn TOPIC...}: removes marks from the profile. */
@Command(
    name = "unlearn",
    mixinStandardHelpOptions = true,
    description = {
      "Removes the learned marks of topics (and their review schedules). Only marks go: a topic"
          + " that other marked topics require stays known, and mlpath says which ones keep it."
    })
final class UnlearnCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Mixin ProfileOptions profile;

  @Parameters(arity = "1..*", paramLabel = "TOPIC", description = "Topics to unmark.")
  List<String> topics = new ArrayList<>();

  private final Clock clock;

  UnlearnCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    LearnerSession s = LearnerSession.open(data, profile, clock);
    UnlearnReport r = s.store.update(p -> s.learner.unlearn(p, topics), UnlearnReport::profile);
    PrintWriter out = spec.commandLine().getOut();
    ProfileText.unlearned(r, out);
    out.println("Profile: " + s.store.description());
    out.flush();
    return ExitCodes.OK;
  }
}
