package io.github.mlpath.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mlpath import FORMAT SOURCE --out FILE}: a public prerequisite dataset as mlpath RDF. */
@Command(
    name = ImportCommand.NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Convert a public prerequisite dataset into mlpath Turtle, and report what it holds and"
          + " what is wrong with it: counts, dangling references, duplicates, self-loops and every"
          + " cycle with its topics. The file written is checked as 'mlpath validate' would; the"
          + " report names the lines that keep it from passing. --lenient drops what cannot be"
          + " kept, a line per drop.",
      "Exit 0 when the file written passes validation, 4 when it does not (it is written"
          + " anyway), 3 when the dataset cannot be read."
    },
    subcommands = {ImportMetacademyCommand.class, ImportPairsCommand.class})
final class ImportCommand implements Runnable {
  /** The command's name (read by {@link Main} without reading this annotation). */
  static final String NAME = "import";

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "missing format: metacademy or pairs (see 'mlpath import --help')");
  }
}
