package io.github.mlpath.graph.imports;

import io.github.mlpath.graph.GraphException;

/**
 * A dataset that is not in the layout its importer reads: a folder without {@code concepts/}, a
 * pairs file whose columns are not there. The message names the file and line.
 */
public final class ImportException extends GraphException {
  private static final long serialVersionUID = 1L;

  public ImportException(String message) {
    super(message);
  }
}
