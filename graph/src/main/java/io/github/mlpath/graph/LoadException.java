package io.github.mlpath.graph;

/**
 * A data file that was read but is not valid RDF of its format. The message has the form {@code
 * FILE:LINE:COL: what is wrong}; nothing from the file was loaded.
 */
public final class LoadException extends GraphException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final long column;
  private final String detail;

  public LoadException(String source, long line, long column, String detail) {
    super(new SourceLocation(source, line, column) + ": " + detail);
    this.source = source;
    this.line = line;
    this.column = column;
    this.detail = detail;
  }

  /** Where the error is. */
  public SourceLocation location() {
    return new SourceLocation(source, line, column);
  }

  /** The file or classpath resource. */
  public String source() {
    return source;
  }

  /** The 1-based line, or 0 when unknown. */
  public long line() {
    return line;
  }

  /** The 1-based column, or 0 when unknown. */
  public long column() {
    return column;
  }

  /** The message without the location. */
  public String detail() {
    return detail;
  }
}
