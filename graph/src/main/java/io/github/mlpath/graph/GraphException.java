package io.github.mlpath.graph;

/** The root of every error the graph module raises; the message names the file, line or IRI. */
public class GraphException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GraphException(String message) {
    super(message);
  }

  public GraphException(String message, Throwable cause) {
    super(message, cause);
  }
}
