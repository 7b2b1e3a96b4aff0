package io.github.mlpath.graph;

/**
 * Data that parsed but cannot form a curriculum: a topic without a kind or label, an edge to an
 * undefined topic. The message names the topic and, where found, the file and line.
 */
public final class InvalidDataException extends GraphException {
  private static final long serialVersionUID = 1L;

  public InvalidDataException(String message) {
    super(message);
  }
}
