package io.github.mlpath.graph.load;

import java.util.List;
import org.apache.jena.rdf.model.Model;

/**
 * The merged RDF of every loaded source, for SPARQL, RDF exports and serving. The model is the
 * caller's to query; treat it as read-only. Messages about the data come from the reader, which
 * keeps the file, line and column of every triple.
 */
public final class LoadedGraph {
  private final Model model;
  private final List<DataSource> sources;

  LoadedGraph(Model model, List<DataSource> sources) {
    this.model = model;
    this.sources = List.copyOf(sources);
  }

  /** A graph that came from a store or an endpoint rather than from files. */
  public static LoadedGraph of(Model model) {
    return new LoadedGraph(model, List.of());
  }

  /** All triples of all sources, with their prefixes. */
  public Model model() {
    return model;
  }

  /** The sources, in load order. */
  public List<DataSource> sources() {
    return sources;
  }
}
