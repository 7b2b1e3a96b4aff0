package io.github.mlpath.graph.read;

/** What a worker thread of the reader threw, thrown again on the thread that waits for it. */
final class Handover {
  private Handover() {}

  /** Throws {@code t} as it is if it is unchecked, wrapped if checked; nothing if it is null. */
  static void rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    if (t != null) {
      throw new IllegalStateException(t);
    }
  }
}
