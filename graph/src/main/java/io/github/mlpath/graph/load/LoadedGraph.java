package io.github.mlpath.graph.load;

import io.github.mlpath.graph.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;

/**
 * The merged RDF of every loaded source, with a way back to the file and line where a resource is
 * described. The model is the caller's to query; treat it as read-only.
 */
public final class LoadedGraph {
  private final Model model;
  private final List<DataSource> sources;
  private final Function<String, Optional<SourceLocation>> locator;

  LoadedGraph(Model model, List<DataSource> sources, SourceLocator locator) {
    this(model, sources, locator::locate);
  }

  private LoadedGraph(
      Model model, List<DataSource> sources, Function<String, Optional<SourceLocation>> locator) {
    this.model = model;
    this.sources = List.copyOf(sources);
    this.locator = locator;
  }

  /**
   * One graph made of several loaded ones, such as a merge of the bundled curriculum and a user's
   * files: {@code model} holds the triples, and an IRI is located in the first part that finds it.
   */
  public static LoadedGraph combine(Model model, List<LoadedGraph> parts) {
    List<DataSource> all = new ArrayList<>();
    parts.forEach(p -> all.addAll(p.sources()));
    List<LoadedGraph> order = List.copyOf(parts);
    return new LoadedGraph(
        model,
        all,
        iri -> {
          for (LoadedGraph p : order) {
            Optional<SourceLocation> at = p.locate(iri);
            if (at.isPresent()) {
              return at;
            }
          }
          return Optional.empty();
        });
  }

  /**
   * A graph that came from a store or an endpoint rather than from files: nothing can be located in
   * a file, so messages name IRIs instead.
   */
  public static LoadedGraph of(Model model) {
    return new LoadedGraph(model, List.of(), new SourceLocator(List.of(), List.of()));
  }

  /**
   * This graph, locating each IRI of {@code originalOf}'s keys where its original IRI is: for a
   * merge, where a user's topic took a bundled topic's IRI, so problems about it name the user's
   * file.
   */
  public static LoadedGraph renamed(LoadedGraph g, Map<String, String> originalOf) {
    Map<String, String> map = Map.copyOf(originalOf);
    return new LoadedGraph(g.model, g.sources, iri -> g.locator.apply(map.getOrDefault(iri, iri)));
  }

  /** All triples of all sources, with their prefixes. */
  public Model model() {
    return model;
  }

  /** The sources, in load order. */
  public List<DataSource> sources() {
    return sources;
  }

  /** The file and line where {@code iri} is described, when it can be found. */
  public Optional<SourceLocation> locate(String iri) {
    return locator.apply(iri);
  }
}
