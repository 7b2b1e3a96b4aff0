package io.github.mlpath.graph.store;

import io.github.mlpath.graph.load.LoadedGraph;
import io.github.mlpath.graph.query.AnswerFormat;
import io.github.mlpath.graph.query.AnswerWriter;
import io.github.mlpath.graph.query.SparqlQuery;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * SPARQL on a dataset in this process (a graph loaded in memory, a TDB2 store), kept out of {@link
 * MemorySource} so that planning from a snapshot, which only uses that class, loads no Jena class.
 */
final class LocalSparql {
  private LocalSparql() {}

  /** Answers on a graph loaded in memory. */
  static void answer(
      LoadedGraph g, SparqlQuery query, AnswerFormat format, Duration timeout, OutputStream out) {
    answer(DatasetFactory.wrap(g.model()), query, format, timeout, out);
  }

  /** Answers on a dataset, within the timeout; a transactional one must be in a transaction. */
  static void answer(
      Dataset ds, SparqlQuery query, AnswerFormat format, Duration timeout, OutputStream out) {
    QueryExecution qe =
        QueryExecution.dataset(ds)
            .query(query.query())
            .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
            .build();
    AnswerWriter.write(qe, query, format, timeout, out);
  }

  /** A transactional in-memory copy, since the loaded model itself has no transactions. */
  static DatasetGraph servable(LoadedGraph g) {
    Dataset copy = DatasetFactory.createTxnMem();
    Txn.executeWrite(copy, () -> copy.getDefaultModel().add(g.model()));
    return copy.asDatasetGraph();
  }
}
