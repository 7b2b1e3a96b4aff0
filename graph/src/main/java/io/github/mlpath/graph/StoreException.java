package io.github.mlpath.graph;

/**
 * A store that cannot be used: no store in the folder, another process holds it, or an endpoint
 * that cannot be reached or answers with an error. The message names the store.
 */
public class StoreException extends GraphException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
