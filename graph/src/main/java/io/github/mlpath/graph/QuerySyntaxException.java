package io.github.mlpath.graph;

/** A SPARQL query that does not parse; the message starts with {@code line L, column C:}. */
public final class QuerySyntaxException extends GraphException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  public QuerySyntaxException(int line, int column, String detail) {
    super("SPARQL syntax error at line " + line + ", column " + column + ": " + detail);
    this.line = line;
    this.column = column;
  }

  /** The 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column, or 0 when unknown. */
  public int column() {
    return column;
  }
}
