package io.github.mlpath.cli;

import io.github.mlpath.graph.imports.metacademy.MetacademyFormat;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mlpath import metacademy DIR --out FILE}. */
@Command(
    name = "metacademy",
    mixinStandardHelpOptions = true,
    description = {
      "Import a metacademy-content folder (concepts/<tag>/title.txt, summary.txt,"
          + " dependencies.txt, resources.txt; resources.txt; time_estimates/concepts.txt;"
          + " courses/). Summaries become definitions, reasons stay on their edges, shortcut"
          + " dependencies become gist edges (mlp:requiresGist), time estimates become each"
          + " topic's learning time, and Wikipedia resources its skos:exactMatch."
    })
final class ImportMetacademyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The metacademy-content folder.")
  Path dir;

  @Mixin ImportOptions options;

  @Override
  public Integer call() {
    return options.run(spec, new MetacademyFormat(), dir, "metacademy");
  }
}
