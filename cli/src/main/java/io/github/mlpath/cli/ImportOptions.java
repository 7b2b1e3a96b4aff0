package io.github.mlpath.cli;

import io.github.mlpath.cli.render.Json;
import io.github.mlpath.cli.request.ExitCodes;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.graph.imports.ImportFormat;
import io.github.mlpath.graph.imports.ImportSettings;
import io.github.mlpath.graph.imports.run.Importer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options every importer takes, and the one way an import runs, writes and reports. */
final class ImportOptions {
  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "FILE",
      description = "The Turtle file to write, atomically.")
  Path out;

  @Option(
      names = "--lenient",
      description =
          "Drop what cannot be kept (dangling pairs, self-loops, one edge of each cycle; topics"
              + " sharing a label are merged), a line per drop, so the file validates.")
  boolean lenient;

  @Option(
      names = "--namespace",
      paramLabel = "IRI",
      description =
          "IRI namespace of the imported topics (IRI topic/ID) and resources (IRI resource/ID);"
              + " default https://w3id.org/mlpath/import/FORMAT/.")
  String namespace;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      converter = Converters.KindConverter.class,
      description =
          "Kind of the topics the dataset does not classify: programming, project, ml-concept"
              + " (default) or math.")
  TopicKind kind;

  @Option(
      names = "--area",
      paramLabel = "AREA",
      description =
          "Area of those topics (default: machine-learning for ML concepts, none otherwise).")
  String area;

  @Mixin FormatOption format;

  /** Imports {@code source} in {@code importFormat}, writes the file, prints the report. */
  int run(CommandSpec spec, ImportFormat importFormat, Path source, String namespaceName) {
    ImportSettings defaults = ImportSettings.defaults(namespaceName);
    TopicKind k = kind == null ? defaults.kind() : kind;
    Optional<String> a =
        area != null
            ? Optional.of(area)
            : k == TopicKind.ML_CONCEPT ? defaults.area() : Optional.empty();
    ImportSettings settings;
    try {
      settings = new ImportSettings(namespace == null ? defaults.namespace() : namespace, k, a);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--namespace: " + e.getMessage());
    }
    String command =
        "mlpath " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    Importer.ImportResult result =
        Importer.run(importFormat, source, settings, lenient, out.toString(), command);
    AtomicOutput.write(out, null, w -> w.write(result.turtle()));
    PrintWriter stdout = spec.commandLine().getOut();
    if (format.json()) {
      stdout.println(Json.write(result.report()));
    } else {
      ImportReportText.print(result.report(), stdout);
    }
    stdout.flush();
    return result.report().valid() ? ExitCodes.OK : ExitCodes.BAD_DATA;
  }
}
