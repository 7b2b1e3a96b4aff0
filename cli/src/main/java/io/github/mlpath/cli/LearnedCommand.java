package io.github.mlpath.cli;

import io.github.mlpath.cli.request.ExitCodes;
import io.github.mlpath.core.learner.LearnReport;
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

/** {@code mlpath learned TOPIC...}: marks topics learned in the profile. */
@Command(
    name = "learned",
    mixinStandardHelpOptions = true,
    description = {
      "Marks topics learned today in your profile. What they require counts as known too, kept"
          + " apart as implied. Each learned topic comes due for review (see 'mlpath review'),"
          + " and the prerequisites you already review get credit for it."
    })
final class LearnedCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Mixin ProfileOptions profile;

  @Parameters(arity = "1..*", paramLabel = "TOPIC", description = "Topics you learned.")
  List<String> topics = new ArrayList<>();

  private final Clock clock;

  LearnedCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    LearnerSession s = LearnerSession.open(data, profile, clock);
    LearnReport r = s.store.update(p -> s.learner.learn(p, topics, s.today), LearnReport::profile);
    PrintWriter out = spec.commandLine().getOut();
    ProfileText.learned(r, out);
    out.println("Profile: " + s.store.description());
    out.flush();
    s.warnMissing(r.profile(), spec.commandLine().getErr());
    return ExitCodes.OK;
  }
}
