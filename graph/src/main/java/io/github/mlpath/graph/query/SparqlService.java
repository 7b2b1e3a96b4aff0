package io.github.mlpath.graph.query;

import io.github.mlpath.graph.load.LoadedGraph;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The RDF side of a store, for what needs the triples rather than the planning snapshot: SPARQL
 * answers ({@code mlpath query}), every triple (RDF exports) and a dataset to serve ({@code mlpath
 * serve}).
 */
public interface SparqlService {

  /**
   * Runs a checked query and writes its answer.
   *
   * @throws io.github.mlpath.graph.QueryTimeoutException when it runs longer than {@code timeout}
   * @throws io.github.mlpath.graph.StoreException when the store cannot answer
   */
  void answer(SparqlQuery query, AnswerFormat format, Duration timeout, OutputStream out);

  /** Every triple, with mlpath's prefixes. */
  LoadedGraph graph();

  /**
   * The whole curriculum as a transactional dataset to serve over SPARQL: the store's own for TDB2,
   * a copy for memory; empty for an endpoint, which has a server of its own.
   */
  Optional<DatasetGraph> servableDataset();
}
