package io.github.mlpath.graph.store;

import io.github.mlpath.graph.GraphException;
import io.github.mlpath.graph.QueryTimeoutException;
import io.github.mlpath.graph.StoreException;
import io.github.mlpath.graph.query.AnswerFormat;
import io.github.mlpath.graph.query.AnswerWriter;
import io.github.mlpath.graph.query.SparqlQuery;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

/**
 * Any SPARQL 1.1 query endpoint over HTTP. Fetching a subgraph waits at most {@link
 * #FETCH_TIMEOUT}.
 */
final class EndpointSource extends FetchingSource {
  /** How long one fetch of a subgraph may take. */
  static final Duration FETCH_TIMEOUT = Duration.ofSeconds(60);

  private final URI url;

  EndpointSource(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase();
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new StoreException("endpoint " + url + " is not an http or https URL");
    }
    this.url = url;
  }

  @Override
  Model construct(Query query) {
    try {
      return QueryExecutionHTTP.service(url.toString())
          .query(query)
          .timeout(FETCH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
          .build()
          .execConstruct();
    } catch (HttpException | QueryExceptionHTTP e) {
      throw unreachable(e, FETCH_TIMEOUT);
    }
  }

  @Override
  public void answer(SparqlQuery query, AnswerFormat format, Duration timeout, OutputStream out) {
    try {
      AnswerWriter.write(
          QueryExecutionHTTP.service(url.toString())
              .query(query.query())
              .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
              .build(),
          query,
          format,
          timeout,
          out);
    } catch (HttpException | QueryExceptionHTTP e) {
      throw unreachable(e, timeout);
    }
  }

  private GraphException unreachable(RuntimeException e, Duration timeout) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof HttpTimeoutException) {
        return new QueryTimeoutException(timeout, e);
      }
    }
    int status =
        e instanceof HttpException h
            ? h.getStatusCode()
            : e instanceof QueryExceptionHTTP q ? q.getStatusCode() : -1;
    String response =
        e instanceof HttpException h
            ? h.getResponse()
            : e instanceof QueryExceptionHTTP q ? q.getResponse() : null;
    String detail;
    if (status > 0) {
      detail = "HTTP " + status + (response == null ? "" : " " + firstLine(response));
    } else {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      detail =
          root.getClass().getSimpleName()
              + (root.getMessage() == null ? "" : ": " + firstLine(root.getMessage()));
    }
    return new StoreException("endpoint " + url + " did not answer: " + detail, e);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    String t = s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }

  @Override
  public String description() {
    return "endpoint " + url;
  }

  @Override
  public void close() {
    // HTTP connections are pooled by Jena's shared client
  }

  @Override
  public Optional<DatasetGraph> servableDataset() {
    return Optional.empty();
  }
}
