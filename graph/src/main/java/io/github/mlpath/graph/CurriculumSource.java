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
 *
 * <p>Data with errors is planned on where the errors lie elsewhere: each scope throws {@link
 * InvalidDataException}, naming the first error at its file and line, only when an error concerns
 * one of the scope's topics (or the data as a whole); otherwise it answers, and {@link #errorCount}
 * says how many errors that answer ignored.
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
   * Every topic and edge that could be read, whatever errors the data holds: for an answer that
   * checks the topics it rests on itself, through {@link #closureOf} ({@code next}, and the server,
   * which answers many questions on one curriculum). Sources that read the data's problems (files,
   * TDB2 stores) give the whole curriculum; the others, which find none, {@link #structure}.
   */
  default Curriculum asRead() {
    return structure();
  }

  /**
   * How many errors the data holds ({@code mlpath validate} lists them). Each scope above refuses
   * with the first error that concerns its topics, so an answer it let through ignored them all:
   * they lie elsewhere in the data. 0 for a source that reads no problems (an endpoint).
   */
  default long errorCount() {
    return 0;
  }

  /**
   * What opening the source noticed and the user should hear of: for files merged into the bundled
   * curriculum, each merge (info), conflict and drop (warnings); empty otherwise.
   */
  default List<Problem> notes() {
    return List.of();
  }

  /**
   * What the user should know about the answers given so far, one line each, such as a cached
   * snapshot that had to be rebuilt. Empty for most sources.
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
