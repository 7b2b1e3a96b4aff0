package io.github.mlpath.cli;

import io.github.mlpath.cli.request.Args;
import io.github.mlpath.cli.request.ExitCodes;
import io.github.mlpath.cli.request.Param;
import io.github.mlpath.cli.request.Params;
import io.github.mlpath.cli.request.PathOperation;
import io.github.mlpath.core.Area;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.lookup.Names;
import io.github.mlpath.core.lookup.Suggestions;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.export.ExportFormat;
import io.github.mlpath.graph.export.Exporter;
import io.github.mlpath.graph.export.Selection;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.store.Store;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code mlpath export}: the curriculum, an area, a closure or a path, in a graph format. */
@Command(
    name = ExportCommand.NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Write the curriculum, or part of it, in a format other tools read: RDF (turtle, ntriples,"
          + " jsonld, rdfxml), Graphviz dot, graphml (Gephi, yEd, networkx), cytoscape (Cytoscape.js"
          + " JSON), mermaid (GitHub), html (one self-contained interactive map) or map-json (the"
          + " map's data, as the web app reads it).",
      "Without --area, --closure or --path-to the whole curriculum is written. An edge goes from"
          + " the topic to learn first to the topic that needs it."
    })
final class ExportCommand extends DataCommand implements SharedParams {
  /** The command's name (read by {@link Main} without reading this annotation). */
  static final String NAME = "export";

  final ProfileUse profile = new ProfileUse();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "turtle",
      converter = Converters.ExportFormatConverter.class,
      completionCandidates = Converters.ExportFormatNames.class,
      description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ExportFormat format;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Write here, atomically (default: standard output).")
  Path out;

  @Option(
      names = "--area",
      paramLabel = "AREA",
      description = "Only the topics of this area (id or label, such as calculus).")
  String area;

  @Option(
      names = "--closure",
      paramLabel = "TOPIC",
      description = "Only this topic and everything it needs (repeatable).")
  List<String> closure = new ArrayList<>();

  @Option(
      names = "--path-to",
      paramLabel = "GOAL",
      description =
          "Only the steps of the learner's path to this goal (repeatable), numbered; takes the"
              + " options of 'mlpath path'.")
  List<String> pathTo = new ArrayList<>();

  private final Clock clock;

  ExportCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public List<Param<?>> sharedParams() {
    List<Param<?>> shared = new ArrayList<>(Params.PATH_SHAPE);
    shared.add(Params.NO_PROFILE);
    return shared;
  }

  @Override
  public List<OptionSet> optionSets() {
    return List.of(data, profile);
  }

  @Override
  public Integer call() {
    CliArgs args = new CliArgs(spec.commandLine().getParseResult());
    int chosen = (area != null ? 1 : 0) + (closure.isEmpty() ? 0 : 1) + (pathTo.isEmpty() ? 0 : 1);
    if (chosen > 1) {
      throw new ParameterException(
          spec.commandLine(), "choose at most one of --area, --closure and --path-to");
    }
    boolean personalized = Params.PATH_SHAPE.stream().anyMatch(p -> p.given(args));
    if (personalized && pathTo.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          Params.PATH_SHAPE.stream().map(Param::cliName).collect(Collectors.joining(", "))
              + " shape a path: use them with --path-to");
    }
    Optional<LoadedGraph> graph;
    Curriculum c;
    Args shaped;
    try (Store store = data.open()) {
      graph = format.rdf() ? Optional.of(store.graph()) : Optional.empty();
      shaped =
          pathTo.isEmpty()
              ? args
              : profile.over(args, data, store::asRead, spec.commandLine().getErr());
      c = scope(store, shaped);
      data.report(store);
    }
    Selection selection = select(c, shaped);
    AtomicOutput.write(
        out,
        spec.commandLine().getOut(),
        w -> {
          try {
            if (graph.isPresent()) {
              Exporter.write(graph.get(), c, selection, format, w);
            } else {
              Exporter.write(c, selection, format, w);
            }
          } catch (UncheckedIOException e) {
            throw e.getCause();
          }
        });
    return ExitCodes.OK;
  }

  /**
   * What the export needs: for a path or a closure, those topics and all they require, so problems
   * elsewhere in the data are ignored; otherwise everything. {@code args} has the profile behind
   * it.
   */
  private Curriculum scope(Store store, Args args) {
    if (!pathTo.isEmpty()) {
      List<String> topics = new ArrayList<>(pathTo);
      topics.addAll(new PathOperation(clock).request(pathTo, args).known());
      return store.closureOf(topics);
    }
    return closure.isEmpty() ? store.whole() : store.closureOf(closure);
  }

  private Selection select(Curriculum c, Args args) {
    if (area != null) {
      return Selection.area(c, areaId(c, area));
    }
    if (!closure.isEmpty()) {
      Planner planner = Planner.of(c);
      return Selection.closure(c, closure.stream().mapToInt(planner::resolve).toArray());
    }
    if (!pathTo.isEmpty()) {
      return Selection.path(c, Planner.of(c).path(new PathOperation(clock).request(pathTo, args)));
    }
    return Selection.all(c);
  }

  /** The area named by id or label, compared as {@link Names#normalize} does. */
  private String areaId(Curriculum c, String name) {
    String wanted = Names.normalize(name);
    Suggestions close = new Suggestions(name);
    for (Area a : c.areas()) {
      if (Names.normalize(a.id()).equals(wanted) || Names.normalize(a.label()).equals(wanted)) {
        return a.id();
      }
      close.offer(a.id(), a.label(), List.of(a.id()));
    }
    List<String> suggestions = close.best(Suggestions.MAX);
    throw new ParameterException(
        spec.commandLine(),
        "unknown area '"
            + name
            + "'"
            + (suggestions.isEmpty()
                ? ""
                : "; did you mean " + String.join(", ", suggestions) + "?")
            + " (areas: "
            + String.join(", ", c.areas().stream().map(Area::id).sorted().toList())
            + ")");
  }
}
