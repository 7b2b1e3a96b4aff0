package io.github.mlpath.graph;

/** A data source that could not be read at all: missing, a directory without data, no access. */
public final class SourceUnreadableException extends GraphException {
  private static final long serialVersionUID = 1L;

  private final String source;

  public SourceUnreadableException(String source, String reason) {
    super(source + ": " + reason);
    this.source = source;
  }

  public SourceUnreadableException(String source, String reason, Throwable cause) {
    super(source + ": " + reason, cause);
    this.source = source;
  }

  /** The file or classpath resource, as the user named it. */
  public String source() {
    return source;
  }
}
