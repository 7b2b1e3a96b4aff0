package io.github.mlpath.graph;

/**
 * Where something is in the data: a file (or classpath resource), a 1-based line and column.
 *
 * @param source the file as the user named it, or {@code classpath:...} for bundled data
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 */
public record SourceLocation(String source, long line, long column) {

  /** {@code FILE:LINE:COL}, leaving out what is unknown. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.toString();
  }
}
