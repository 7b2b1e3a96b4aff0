package io.github.mlpath.core;

/**
 * A snapshot that cannot be used: damaged ({@link Reason#CORRUPT}) or written for other inputs or
 * by another version of mlpath ({@link Reason#STALE}). Either way the snapshot is never trusted;
 * the caller rebuilds it from the data.
 */
public final class SnapshotException extends CurriculumException {
  private static final long serialVersionUID = 1L;

  /** Why a snapshot was refused. */
  public enum Reason {
    /** The bytes are not a whole, intact snapshot: truncated, altered, or not a snapshot at all. */
    CORRUPT,
    /** An intact snapshot, but of other inputs or in another format version. */
    STALE
  }

  private final Reason reason;

  public SnapshotException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public SnapshotException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
