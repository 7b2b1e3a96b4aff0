package io.github.mlpath.graph;

import io.github.mlpath.core.Curriculum;
import java.util.Collection;
import java.util.List;

/**
 * Where a planning command gets its curriculum: in memory, in a TDB2 store on disk, or behind a
 * SPARQL 1.1 endpoint. Each planning operation asks for the part of the graph it needs, so a remote
 * store sends only that: the topics a set of names needs ({@link #closureOf}), the topics that need
 * one topic ({@link #dependentsOf}), or the bare structure of topics and edges ({@link
 * #structure}). No RDF type appears here: a store that also answers SPARQL says so by implementing
 * {@link io.github.mlpath.graph.query.SparqlService} as well (every store of {@link
 * io.github.mlpath.graph.store.Stores} does).
 *
 * <pre>{@code
 * try (CurriculumSource source = Stores.open(new SourceSpec.Endpoint(URI.create("http://host/ds")))) {
 *   Planner planner = Planner.of(source.closureOf(List.of("activation functions")));
 *   LearningPath path = planner.path(PathRequest.to("activation functions"));
 * }
 * }</pre>
 *
 * <p>Names are topic ids, labels or alternative labels, resolved as {@link
 * io.github.mlpath.core.lookup.TopicResolver} does; an unknown name throws {@link
 * io.github.mlpath.core.UnknownTopicException}. Every curriculum returned is an immutable snapshot.
 */
public interface CurriculumSource extends AutoCloseable {

  /** Every topic, edge, area and resource. */
  Curriculum whole();

  /** Topics with their names, kinds, areas and edges with reasons; no resources. */
  Curriculum structure();

  /**
   * The named topics and everything they require, directly or not, with the areas and the resources
   * that teach them.
   */
  Curriculum closureOf(Collection<String> names);

  /** The named topic and every topic that requires it, directly or not; no resources. */
  Curriculum dependentsOf(String name);

  /**
   * What opening the source noticed and the user should hear of: for files merged into the bundled
   * curriculum, each merge (info), conflict and drop (warnings); empty otherwise.
   */
  default List<Problem> notes() {
    return List.of();
  }

  /**
   * What the user should know about the answers given so far, one line each: errors elsewhere in
   * the data that planning ignored, a cached snapshot that had to be rebuilt. Empty for most
   * sources.
   */
  default List<String> notices() {
    return List.of();
  }

  /** What this source is, for messages: "memory", "TDB2 store DIR", "endpoint URL". */
  String description();

  /** Releases the store; a no-op for memory and endpoints. */
  @Override
  void close();
}
