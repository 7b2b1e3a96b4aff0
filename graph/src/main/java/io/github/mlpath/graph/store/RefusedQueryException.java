package io.github.mlpath.graph.store;

import io.github.mlpath.graph.StoreException;

/** A store that answered a query with an error (an HTTP error status): it is up, but refuses it. */
final class RefusedQueryException extends StoreException {
  private static final long serialVersionUID = 1L;

  RefusedQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
