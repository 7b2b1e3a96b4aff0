package io.github.mlpath.cli;

import io.github.mlpath.cli.render.Json;
import io.github.mlpath.cli.request.ExitCodes;
import io.github.mlpath.core.learner.Profile;
import io.github.mlpath.core.learner.Status;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mlpath status}: progress toward each goal. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Your progress toward each goal: topics and hours done and left (the estimated part"
          + " marked), a progress bar on a terminal, the finish date at your pace, whether you are"
          + " ahead or behind the schedule you set, the next three steps, and the reviews due."
    })
final class StatusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Mixin ProfileOptions profile;

  @Option(
      names = {"-g", "--goal"},
      paramLabel = "TOPIC",
      description = "Show these goals instead of the profile's (repeatable).")
  List<String> goals = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, markdown or json (default: ${DEFAULT-VALUE})")
  String format;

  private final Clock clock;

  StatusCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    if (!List.of("text", "markdown", "json").contains(format)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--format: '" + format + "' is not one of text, markdown, json");
    }
    LearnerSession s = LearnerSession.open(data, profile, clock);
    Profile p = s.read(spec.commandLine().getErr());
    if (!goals.isEmpty()) {
      p = s.learner.addGoals(p.withGoals(List.of()), goals);
    }
    Status status = s.learner.status(p, s.today);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "json" -> out.println(Json.write(status));
      case "markdown" -> StatusText.markdown(status, out);
      default -> StatusText.text(status, System.console() != null, out);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
