package io.github.mlpath.cli;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.graph.CurriculumReader;
import io.github.mlpath.graph.DataSource;
import io.github.mlpath.graph.LoadedGraph;
import io.github.mlpath.graph.RdfLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Where the curriculum comes from, shared by every command that reads one. Without {@code --data}
 * the bundled curriculum is used; {@code --data} replaces it, unless {@code --bundled} asks to keep
 * it too. The vocabulary is always loaded.
 */
public final class DataOptions {
  @Option(
      names = {"-d", "--data"},
      paramLabel = "PATH",
      description =
          "RDF file or folder to load instead of the bundled curriculum (repeatable; folders are"
              + " read recursively). Turtle, N-Triples, TriG, N-Quads, JSON-LD, RDF/XML.")
  List<Path> data = new ArrayList<>();

  @Option(
      names = "--bundled",
      description = "Load the bundled curriculum as well as the --data files.")
  boolean bundled;

  /** The sources to load, vocabulary first. */
  public List<DataSource> sources() {
    return sources(data, bundled || data.isEmpty());
  }

  static List<DataSource> sources(List<Path> files, boolean withBundled) {
    List<DataSource> out = new ArrayList<>();
    if (withBundled) {
      out.addAll(RdfLoader.bundled());
    }
    out.addAll(RdfLoader.files(files));
    return RdfLoader.withVocabulary(out);
  }

  public LoadedGraph load() {
    return RdfLoader.load(sources());
  }

  public Curriculum curriculum() {
    return CurriculumReader.read(load());
  }
}
