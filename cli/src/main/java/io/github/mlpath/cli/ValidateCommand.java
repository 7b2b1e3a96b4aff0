package io.github.mlpath.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mlpath.cli.render.Json;
import io.github.mlpath.graph.Problem;
import io.github.mlpath.graph.Severity;
import io.github.mlpath.graph.ValidationReport;
import io.github.mlpath.graph.imports.ConceptMapping;
import io.github.mlpath.graph.load.DataSource;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.merge.Merger;
import io.github.mlpath.graph.validate.Validator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mlpath validate}: every problem in a curriculum, in one run. */
@Command(
    name = "validate",
    description = {
      "Check RDF files (or, without files, the bundled curriculum) and report every problem:"
          + " syntax errors with FILE:LINE:COL, then SHACL shape violations and graph rules"
          + " (cycles, undefined topics, duplicate labels), each with its severity and location.",
      "Exit 0 when there is no error (warnings alone keep 0), 4 when there is one, 3 when a file"
          + " cannot be read."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "RDF files or folders to check, merged.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--bundled",
      description = "Check the files together with the bundled curriculum, which they extend.")
  boolean bundled;

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description =
          "With files and --bundled: lines YOUR_ID,BUNDLED_ID of topics that are one concept.")
  Path mapping;

  @Mixin FormatOption format;

  @Override
  public Integer call() {
    List<DataSource> sources = RdfLoader.sources(files, bundled || files.isEmpty());
    ValidationReport report =
        bundled && !files.isEmpty()
            ? Merger.validate(
                RdfLoader.bundled(),
                RdfLoader.files(files),
                mapping == null ? ConceptMapping.none() : ConceptMapping.read(mapping))
            : Validator.check(sources);
    print(report, sources.size() - 1);
    if (report.problems().stream().anyMatch(p -> p.rule().equals("unreadable"))) {
      return ExitCodes.UNREADABLE;
    }
    return report.conforms() ? ExitCodes.OK : ExitCodes.BAD_DATA;
  }

  private void print(ValidationReport report, int fileCount) {
    PrintWriter out = spec.commandLine().getOut();
    long errors = report.count(Severity.ERROR);
    long warnings = report.count(Severity.WARNING);
    if (format.json()) {
      ObjectNode root = Json.object();
      root.put("conforms", report.conforms());
      root.put("errors", errors);
      root.put("warnings", warnings);
      ArrayNode list = root.putArray("problems");
      for (Problem p : report.problems()) {
        ObjectNode o = list.addObject();
        o.put("severity", p.severity().label());
        o.put("rule", p.rule());
        o.put("message", p.message());
        p.focus().ifPresent(f -> o.put("focus", f));
        p.location()
            .ifPresent(
                l -> {
                  o.put("file", l.source());
                  if (l.line() > 0) {
                    o.put("line", l.line());
                  }
                  if (l.column() > 0) {
                    o.put("column", l.column());
                  }
                });
      }
      out.println(Json.write(root));
    } else {
      report.problems().forEach(out::println);
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
