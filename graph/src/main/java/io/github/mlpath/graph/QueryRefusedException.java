package io.github.mlpath.graph;

/**
 * A query that parses but asks for something mlpath never does for a query: reading a local file or
 * a URL ({@code FROM}, {@code FROM NAMED}) or calling another server ({@code SERVICE}).
 */
public final class QueryRefusedException extends GraphException {
  private static final long serialVersionUID = 1L;

  public QueryRefusedException(String message) {
    super(message);
  }
}
