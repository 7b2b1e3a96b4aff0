package io.github.mlpath.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The command that groups operations named with a space, such as {@code goal} for {@code goal add},
 * {@code goal remove} and {@code goal list}: alone it is a usage error naming its subcommands.
 */
@Command(mixinStandardHelpOptions = true)
final class OperationGroup implements Runnable {
  private static final Map<String, String> DESCRIPTIONS =
      Map.of(
          "goal",
          "The goals in your profile: 'path', 'status' and 'next' use them when you give no"
              + " --goal.",
          "prefs",
          "Your preferences: every plan uses them unless an option of that command overrides them"
              + " for one run.");

  @Spec CommandSpec spec;

  /** The group called {@code name}, with its description. */
  static CommandLine named(String name) {
    CommandLine cl = new CommandLine(new OperationGroup());
    cl.getCommandSpec().name(name);
    cl.getCommandSpec().usageMessage().description(DESCRIPTIONS.getOrDefault(name, ""));
    return cl;
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "missing command: one of " + String.join(", ", spec.subcommands().keySet()));
  }
}
