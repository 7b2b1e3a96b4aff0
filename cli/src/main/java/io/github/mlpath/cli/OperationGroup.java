package io.github.mlpath.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The command that groups operations named with a space, such as {@code goal} for {@code goal add},
 * {@code goal remove} and {@code goal list}: alone it is a usage error naming its subcommands.
 */
final class OperationGroup implements Runnable {
  private static final Map<String, String> DESCRIPTIONS =
      Map.of(
          "goal",
          "The goals in your profile: 'path', 'status' and 'next' use them when you give no"
              + " --goal.",
          "prefs",
          "Your preferences: every plan uses them unless an option of that command overrides them"
              + " for one run.");

  private CommandSpec spec;

  /** The group called {@code name}, with its description (its model read from no annotation). */
  static CommandLine named(String name) {
    OperationGroup group = new OperationGroup();
    group.spec = Specs.command(group);
    Specs.standardHelp(group.spec);
    group.spec.name(name);
    group.spec.usageMessage().description(DESCRIPTIONS.getOrDefault(name, ""));
    return new CommandLine(group.spec);
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "missing command: one of " + String.join(", ", spec.subcommands().keySet()));
  }
}
