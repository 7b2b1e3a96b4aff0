package io.github.mlpath.graph.store;

import io.github.mlpath.graph.GraphException;
import io.github.mlpath.graph.StoreException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/**
 * The one-line errors of an endpoint that failed to answer, each naming it: late, unreachable,
 * refused, or an answer that could not be read in full.
 *
 * @param url the endpoint
 */
record EndpointFailures(URI url) {
  /** An answer that ends early or does not parse (a cut connection, a broken server). */
  StoreException unreadable(RuntimeException e) {
    String why = e.getMessage() == null ? "" : ": " + AnswerWords.firstLine(e.getMessage());
    return new StoreException(
        "endpoint " + url + " sent an answer that could not be read in full" + why, e);
  }

  StoreException late(Duration limit, Exception cause) {
    return new StoreException(
        "endpoint "
            + url
            + " did not answer within "
            + seconds(limit)
            + " s; check that it is up, or raise --timeout",
        cause);
  }

  GraphException unreachable(RuntimeException e, Duration limit) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof HttpTimeoutException) {
        return late(limit, e);
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
    if (status > 0) {
      String detail =
          "HTTP " + status + (response == null ? "" : " " + AnswerWords.firstLine(response));
      return new RefusedQueryException("endpoint " + url + " did not answer: " + detail, e);
    }
    return new StoreException("endpoint " + url + " did not answer: " + AnswerWords.inWords(e), e);
  }

  private static String seconds(Duration d) {
    double s = d.toMillis() / 1000.0;
    return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
  }
}
