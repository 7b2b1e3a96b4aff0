package io.github.mlpath.graph.load;

import io.github.mlpath.graph.SourceLocation;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;

/**
 * The merged RDF of every loaded source, with a way back to the file and line where a resource is
 * described. The model is the caller's to query; treat it as read-only.
 */
public final class LoadedGraph {
  private final Model model;
  private final List<DataSource> sources;
  private final SourceLocator locator;

  LoadedGraph(Model model, List<DataSource> sources, SourceLocator locator) {
    this.model = model;
    this.sources = List.copyOf(sources);
    this.locator = locator;
  }

  /**
   * A graph that came from a store or an endpoint rather than from files: nothing can be located in
   * a file, so messages name IRIs instead.
   */
  public static LoadedGraph of(Model model) {
    return new LoadedGraph(model, List.of(), new SourceLocator(List.of(), List.of()));
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
    return locator.locate(iri);
  }
}
