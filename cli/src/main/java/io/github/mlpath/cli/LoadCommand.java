package io.github.mlpath.cli;

import io.github.mlpath.cli.request.ExitCodes;
import io.github.mlpath.graph.load.DataSource;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.merge.Merger;
import io.github.mlpath.graph.store.StoreLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mlpath load}: RDF files into a TDB2 store, all or nothing. */
@Command(
    name = LoadCommand.NAME,
    mixinStandardHelpOptions = true,
    description =
        "Loads RDF files into a TDB2 store (created if needed), all or nothing: every file is"
            + " parsed strictly first, then written in one transaction. A load that fails or is"
            + " killed leaves the store as it was. The vocabulary is always loaded.")
final class LoadCommand implements Callable<Integer> {
  /** The command's name (read by {@link Main} without reading this annotation). */
  static final String NAME = "load";

  @Spec CommandSpec spec;

  @Option(names = "--store", required = true, paramLabel = "DIR", description = "The store.")
  Path store;

  @Option(names = "--bundled", description = "Load the bundled curriculum too.")
  boolean bundled;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "RDF files or folders.")
  List<Path> files = new ArrayList<>();

  @Mixin MappingOption mapping;

  @Override
  public Integer call() {
    if (files.isEmpty() && !bundled) {
      throw new ParameterException(spec.commandLine(), "give files to load, or --bundled");
    }
    List<DataSource> sources = RdfLoader.sources(files, bundled);
    long added;
    PrintWriter out = spec.commandLine().getOut();
    if (bundled && !files.isEmpty()) {
      Merger.Merged m =
          Merger.merge(RdfLoader.bundled(), RdfLoader.files(files), mapping.mapping());
      added = StoreLoader.load(store, m.graph());
      Merger.summary(m.notes()).ifPresent(line -> out.println(line));
    } else {
      added = StoreLoader.load(store, sources);
    }
    out.printf(
        "loaded %d file%s into %s: %d new triple%s%n",
        sources.size(), sources.size() == 1 ? "" : "s", store, added, added == 1 ? "" : "s");
    out.flush();
    return ExitCodes.OK;
  }
}
