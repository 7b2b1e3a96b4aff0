package io.github.mlpath.cli;

import io.github.mlpath.graph.imports.mapping.ConceptMapping;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --mapping FILE} option of the commands that merge files into the bundled curriculum.
 */
final class MappingOption {
  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description =
          "With files and --bundled: lines YOUR_ID,BUNDLED_ID of topics that are one concept.")
  Path file;

  /** The mapping the file holds; no mapping without the option. */
  ConceptMapping mapping() {
    return file == null ? ConceptMapping.none() : ConceptMapping.read(file);
  }
}
