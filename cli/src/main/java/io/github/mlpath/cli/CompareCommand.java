package io.github.mlpath.cli;

import io.github.mlpath.cli.render.Json;
import io.github.mlpath.cli.request.ExitCodes;
import io.github.mlpath.cli.request.Param;
import io.github.mlpath.cli.request.Params;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.compare.Comparison;
import io.github.mlpath.graph.imports.ImportException;
import io.github.mlpath.graph.imports.mapping.ConceptMapping;
import io.github.mlpath.graph.store.Store;
import io.github.mlpath.graph.store.Stores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mlpath compare A B}: how far two curricula agree on what comes before what. */
@Command(
    name = CompareCommand.NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Align two curricula (a file or folder, 'bundled', 'store:DIR' or a SPARQL endpoint URL)"
          + " through shared Wikipedia articles and names, then judge every prerequisite pair of"
          + " each against the other's transitive closure: agrees, reversed (a contradiction),"
          + " missing, or unaligned. Prints the alignment, the figures per direction, every"
          + " contradiction and the missing pairs. See docs/compare.md for how to read them."
    })
final class CompareCommand implements Callable<Integer>, SharedParams {
  /** The command's name (read by {@link Main} without reading this annotation). */
  static final String NAME = "compare";

  /** The output formats of {@code compare}. */
  enum Format {
    text,
    json,
    csv
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", converter = CurriculumArgument.Converter.class)
  CurriculumArgument a;

  @Parameters(index = "1", paramLabel = "B", converter = CurriculumArgument.Converter.class)
  CurriculumArgument b;

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description = "Lines ID_IN_A,ID_IN_B of topics that are one concept, aligned first.")
  Path mapping;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json or csv (one row per judged pair; default: ${DEFAULT-VALUE})")
  Format format;

  @Override
  public List<Param<?>> sharedParams() {
    return List.of(Params.SKIP_GIST_EDGES);
  }

  @Override
  public Integer call() {
    CliArgs args = new CliArgs(spec.commandLine().getParseResult());
    ConceptMapping map = mapping == null ? ConceptMapping.none() : ConceptMapping.read(mapping);
    Curriculum ca = read(a, args);
    Curriculum cb = read(b, args);
    for (ConceptMapping.Entry e : map.entries()) {
      if (ca.indexOf(e.first()).isEmpty() || cb.indexOf(e.second()).isEmpty()) {
        throw new ImportException(
            e.at()
                + ": "
                + (ca.indexOf(e.first()).isEmpty()
                    ? "no topic '" + e.first() + "' in " + a.name()
                    : "no topic '" + e.second() + "' in " + b.name()));
      }
    }
    Comparison c = Comparison.of(a.name(), ca, b.name(), cb, map.asMap());
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json -> out.println(Json.write(c));
      case csv -> CompareOutput.csv(c, out);
      default -> CompareOutput.text(c, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static Curriculum read(CurriculumArgument arg, CliArgs args) {
    try (Store s = Stores.open(arg.spec())) {
      return Params.planned(s.whole(), args);
    }
  }
}
