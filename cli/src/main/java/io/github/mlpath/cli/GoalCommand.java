package io.github.mlpath.cli;

import io.github.mlpath.cli.render.ProfileText;
import io.github.mlpath.cli.request.ExitCodes;
import io.github.mlpath.core.learner.Profile;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mlpath goal add|remove|list}: the goals kept in the profile. */
@Command(
    name = "goal",
    mixinStandardHelpOptions = true,
    description = {
      "The goals in your profile: 'path', 'status' and 'next' use them when you give no --goal."
    })
final class GoalCommand {
  @Spec CommandSpec spec;

  private final Clock clock;

  GoalCommand(Clock clock) {
    this.clock = clock;
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds goals, in order.")
  int add(
      @Mixin DataOptions data,
      @Mixin ProfileOptions profile,
      @Parameters(arity = "1..*", paramLabel = "TOPIC") List<String> topics) {
    return change(data, profile, topics, (s, p) -> s.learner.addGoals(p, topics));
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes goals.")
  int remove(
      @Mixin DataOptions data,
      @Mixin ProfileOptions profile,
      @Parameters(arity = "1..*", paramLabel = "TOPIC") List<String> topics) {
    return change(data, profile, topics, (s, p) -> s.learner.removeGoals(p, topics));
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the goals.")
  int list(@Mixin DataOptions data, @Mixin ProfileOptions profile) {
    LearnerSession s = LearnerSession.open(data, profile, clock);
    PrintWriter out = spec.commandLine().getOut();
    ProfileText.goals(s.read(spec.commandLine().getErr()), s.curriculum, out);
    out.flush();
    return ExitCodes.OK;
  }

  private int change(
      DataOptions data,
      ProfileOptions profile,
      List<String> topics,
      BiFunction<LearnerSession, Profile, Profile> change) {
    LearnerSession s = LearnerSession.open(data, profile, clock);
    Profile p = s.store.update(before -> change.apply(s, before));
    PrintWriter out = spec.commandLine().getOut();
    out.println("Goals:");
    ProfileText.goals(p, s.curriculum, out);
    out.flush();
    return ExitCodes.OK;
  }
}
