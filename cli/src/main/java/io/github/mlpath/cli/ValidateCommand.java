package io.github.mlpath.cli;

import io.github.mlpath.cli.render.Json;
import io.github.mlpath.cli.render.Terminal;
import io.github.mlpath.cli.request.ExitCodes;
import io.github.mlpath.graph.Problem;
import io.github.mlpath.graph.ReadResult;
import io.github.mlpath.graph.Severity;
import io.github.mlpath.graph.SourceLocation;
import io.github.mlpath.graph.ValidationReport;
import io.github.mlpath.graph.load.Input;
import io.github.mlpath.graph.load.Inputs;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.merge.Merger;
import io.github.mlpath.graph.read.SnapshotCache;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mlpath validate}: every problem in a curriculum, in one run. */
@Command(
    name = ValidateCommand.NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Check RDF files (or, without files, the bundled curriculum) and report every problem:"
          + " syntax errors with FILE:LINE:COL, then SHACL shape violations and graph rules"
          + " (cycles, undefined topics, duplicate labels), each with its severity and location.",
      "Exit 0 when there is no error (warnings alone keep 0), 4 when there is one, 3 when a file"
          + " cannot be read."
    })
final class ValidateCommand implements Callable<Integer> {
  /** The command's name (read by {@link Main} without reading this annotation). */
  static final String NAME = "validate";

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "RDF files or folders to check, merged.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--bundled",
      description = "Check the files together with the bundled curriculum, which they extend.")
  boolean bundled;

  @Mixin MappingOption mapping;

  @Mixin FormatOption format;

  @Override
  public Integer call() {
    List<Input> inputs = Inputs.of(files, bundled || files.isEmpty());
    ValidationReport report;
    boolean unreadable;
    if (bundled && !files.isEmpty()) {
      report = Merger.validate(RdfLoader.bundled(), RdfLoader.files(files), mapping.mapping());
      unreadable = report.problems().stream().anyMatch(p -> p.rule().equals(ReadResult.UNREADABLE));
    } else {
      PrintWriter err = spec.commandLine().getErr();
      ReadResult read = SnapshotCache.standard(n -> err.println("mlpath: " + n)).read(inputs);
      report = read.report();
      unreadable = read.unreadable();
    }
    print(report, inputs.size() - 1);
    if (unreadable) {
      return ExitCodes.UNREADABLE;
    }
    return report.conforms() ? ExitCodes.OK : ExitCodes.BAD_DATA;
  }

  /**
   * The JSON of a report.
   *
   * @param conforms whether there is no error
   * @param errors how many errors
   * @param warnings how many warnings
   * @param problems every problem, in report order
   */
  record Summary(boolean conforms, long errors, long warnings, List<Item> problems) {
    static Summary of(ValidationReport report) {
      return new Summary(
          report.conforms(),
          report.count(Severity.ERROR),
          report.count(Severity.WARNING),
          report.problems().stream().map(Item::of).toList());
    }
  }

  /**
   * One problem in the JSON of a report; the location's parts flat, a line or column only when
   * known.
   *
   * @param severity "error" or "warning"
   * @param rule the rule's name, such as {@code cycle}
   * @param message what is wrong
   * @param focus the IRI of what is wrong, when there is one
   * @param file the file, when known
   * @param line the line, when known
   * @param column the column, when known
   */
  record Item(
      String severity,
      String rule,
      String message,
      Optional<String> focus,
      Optional<String> file,
      Optional<Long> line,
      Optional<Long> column) {
    static Item of(Problem p) {
      Optional<SourceLocation> l = p.location();
      return new Item(
          p.severity().label(),
          p.rule(),
          p.message(),
          p.focus(),
          l.map(SourceLocation::source),
          l.map(SourceLocation::line).filter(n -> n > 0),
          l.map(SourceLocation::column).filter(n -> n > 0));
    }
  }

  private void print(ValidationReport report, int fileCount) {
    PrintWriter out = spec.commandLine().getOut();
    long errors = report.count(Severity.ERROR);
    long warnings = report.count(Severity.WARNING);
    if (format.json()) {
      out.println(Json.write(Summary.of(report)));
    } else {
      report.problems().forEach(p -> out.println(Terminal.safe(p.toString())));
      out.printf(
          "%s: %d error%s, %d warning%s in %d file%s%n",
          report.conforms() ? "valid" : "invalid",
          errors,
          errors == 1 ? "" : "s",
          warnings,
          warnings == 1 ? "" : "s",
          fileCount,
          fileCount == 1 ? "" : "s");
    }
    out.flush();
  }
}
