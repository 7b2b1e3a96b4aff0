package io.github.mlpath.cli.serve;

import io.github.mlpath.graph.QueryRefusedException;
import io.github.mlpath.graph.query.SparqlPolicy;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;

/**
 * Fuseki's query service with mlpath's rules: {@code FROM}, {@code FROM NAMED}, {@code SERVICE} and
 * the protocol's {@code default-graph-uri} and {@code named-graph-uri} are answered with 400 before
 * anything runs.
 */
final class SafeQueryService extends SPARQL_QueryDataset {
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
