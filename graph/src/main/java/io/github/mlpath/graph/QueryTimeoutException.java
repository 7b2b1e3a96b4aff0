package io.github.mlpath.graph;

import java.time.Duration;

/** A query stopped because it ran longer than its timeout; nothing of its answer was written. */
public final class QueryTimeoutException extends GraphException {
  private static final long serialVersionUID = 1L;

  public QueryTimeoutException(Duration timeout, Throwable cause) {
    super(
        "query stopped after its timeout of "
            + timeout.toMillis() / 1000.0
            + " s; simplify it or raise --timeout",
        cause);
  }
}
