package io.github.mlpath.graph;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.query.AnswerFormat;
import io.github.mlpath.graph.query.SparqlQuery;
import io.github.mlpath.graph.store.EndpointSource;
import io.github.mlpath.graph.store.MemorySource;
import io.github.mlpath.graph.store.Tdb2Source;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Where a curriculum lives: in memory, in a TDB2 store on disk, or behind a SPARQL 1.1 endpoint.
 * Each planning operation asks for the part of the graph it needs, so a remote store sends only
 * that: the topics a set of goals requires ({@link #requiredBy}), the topics that require one topic
 * ({@link #requiring}), or the bare structure of topics and edges ({@link #structure}).
 *
 * <pre>{@code
 * try (CurriculumSource source = CurriculumSource.endpoint(URI.create("http://host/ds/sparql"))) {
 *   Planner planner = Planner.of(source.requiredBy(List.of("activation functions")));
 *   LearningPath path = planner.path(PathRequest.to("activation functions"));
 * }
 * }</pre>
 *
 * <p>Names are topic ids, labels or alternative labels, resolved as {@link
 * io.github.mlpath.core.lookup.TopicResolver} does; an unknown name throws {@link
 * io.github.mlpath.core.UnknownTopicException}. Every curriculum returned is an immutable snapshot.
 */
public interface CurriculumSource extends AutoCloseable {

  /** The curriculum already loaded in memory; subgraphs would save nothing, so each is whole. */
  static CurriculumSource memory(LoadedGraph loaded) {
    return new MemorySource(loaded);
  }

  /**
   * The TDB2 store in {@code dir}, opened for reading.
   *
   * @throws StoreException when there is no store there, or another process has it open
   */
  static CurriculumSource tdb2(Path dir) {
    return Tdb2Source.open(dir);
  }

  /** The SPARQL 1.1 query endpoint at {@code url}; nothing is fetched until asked. */
  static CurriculumSource endpoint(URI url) {
    return new EndpointSource(url);
  }

  /** Every triple, for what needs the RDF itself rather than the snapshot (RDF exports). */
  LoadedGraph graph();

  /** Every topic, edge, area and resource. */
  Curriculum whole();

  /** Topics with their names, kinds, areas and edges with reasons; no resources. */
  Curriculum structure();

  /**
   * The named topics and everything they require, directly or not, with the areas and the resources
   * that teach them.
   */
  Curriculum requiredBy(Collection<String> names);

  /** The named topic and every topic that requires it, directly or not; no resources. */
  Curriculum requiring(String name);

  /**
   * Runs a checked query and writes its answer.
   *
   * @throws QueryTimeoutException when it runs longer than {@code timeout}
   * @throws StoreException when the store cannot answer
   */
  void answer(SparqlQuery query, AnswerFormat format, Duration timeout, OutputStream out);

  /**
   * The whole curriculum as a transactional dataset to serve over SPARQL: the store's own for TDB2,
   * a copy for memory; empty for an endpoint, which has a server of its own.
   */
  Optional<DatasetGraph> servableDataset();

  /** What this source is, for messages: "memory", "TDB2 store DIR", "endpoint URL". */
  String description();

  /** Releases the store; a no-op for memory and endpoints. */
  @Override
  void close();
}
