package io.github.mlpath.cli;

import picocli.CommandLine.Option;

/** The {@code --format text|json} option of the reporting commands. */
final class FormatOption {
  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  boolean json() {
    return format == OutputFormat.json;
  }
}
