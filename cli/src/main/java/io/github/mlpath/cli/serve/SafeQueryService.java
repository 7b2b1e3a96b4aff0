package io.github.mlpath.cli.serve;

import io.github.mlpath.graph.QueryRefusedException;
import io.github.mlpath.graph.query.SparqlPolicy;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;

/**
 * Fuseki's query service with mlpath's rules: {@code FROM}, {@code FROM NAMED}, {@code SERVICE} and
 * the protocol's {@code default-graph-uri} and {@code named-graph-uri} are answered with 400 before
 * anything runs.
 *
 * <p>Memory: at most {@value #CONCURRENT} queries run at once (a query waits for a turn up to the
 * query timeout, then gets 503), so concurrent load cannot pile up working sets in the heap; a
 * query that still runs out of heap (a {@code GROUP_CONCAT} over a cross product, say) is stopped
 * and answered 503 with a message saying so, and what it held is freed for the next one.
 */
final class SafeQueryService extends SPARQL_QueryDataset {
  /** How many queries may run at once: enough to keep two cores busy while one writes results. */
  static final int CONCURRENT = 4;

  private final Semaphore turns = new Semaphore(CONCURRENT, true);
  private final Duration wait;

  /** A service whose queries wait for a turn at most {@code wait} (the query timeout). */
  SafeQueryService(Duration wait) {
    this.wait = wait;
  }

  @Override
  protected void execute(String queryString, HttpAction action) {
    if (!turn()) {
      ServletOps.error(
          503,
          "the server is busy: "
              + CONCURRENT
              + " queries are running and none finished within the timeout; try again");
      return;
    }
    try {
      super.execute(queryString, action);
    } catch (OutOfMemoryError e) {
      ServletOps.error(
          503,
          "the query needed more memory than the server has and was stopped; ask for less (a"
              + " LIMIT, fewer joins), or give the server more with MLPATH_JAVA_OPTS=-Xmx...");
    } finally {
      turns.release();
    }
  }

  private boolean turn() {
    try {
      return turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  protected void validateRequest(HttpAction action) {
    for (String p : new String[] {"default-graph-uri", "named-graph-uri"}) {
      if (action.getRequestParameter(p) != null) {
        ServletOps.errorBadRequest(
            p + " is not allowed: a query reads the curriculum only, never other graphs or URLs");
      }
    }
    super.validateRequest(action);
  }

  @Override
  protected void validateQuery(HttpAction action, Query query) {
    try {
      SparqlPolicy.check(query);
    } catch (QueryRefusedException e) {
      ServletOps.errorBadRequest(e.getMessage());
    }
    super.validateQuery(action, query);
  }
}
