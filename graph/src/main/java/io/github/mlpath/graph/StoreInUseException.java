package io.github.mlpath.graph;

import java.util.OptionalLong;

/** A TDB2 store that another process has open; TDB2 allows one process per store. */
public final class StoreInUseException extends StoreException {
  private static final long serialVersionUID = 1L;

  private final Long pid;

  public StoreInUseException(String store, OptionalLong pid, Throwable cause) {
    super(
        "store "
            + store
            + " is in use by "
            + (pid.isPresent() ? "process " + pid.getAsLong() : "another process")
            + "; stop it (or wait for it to finish) and try again",
        cause);
    this.pid = pid.isPresent() ? pid.getAsLong() : null;
  }

  /** The process that holds the store, when the lock file names it. */
  public OptionalLong pid() {
    return pid == null ? OptionalLong.empty() : OptionalLong.of(pid);
  }
}
