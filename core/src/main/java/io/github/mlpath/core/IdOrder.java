package io.github.mlpath.core;

import io.github.mlpath.core.internal.StringPool;

/**
 * Whether a curriculum's ids already come in string order, checked on its pooled UTF-8 bytes:
 * making a {@link String} of every id to compare them was a fifth of a warm million-topic path.
 */
public final class IdOrder {
  private IdOrder() {}

  /** Whether each topic's id sorts strictly before the next one's ({@link String} order). */
  public static boolean ascending(Curriculum c) {
    StringPool ids = c.snapshotParts().ids().strings();
    for (int v = 1; v < c.size(); v++) {
      if (ids.compare(v - 1, v) >= 0) {
        return false;
      }
    }
    return true;
  }
}
