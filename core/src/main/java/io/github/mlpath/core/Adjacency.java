package io.github.mlpath.core;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * One direction of the prerequisite graph in compressed sparse row form: the neighbours of topic
 * {@code v} are {@code target(k)} for {@code k} from {@code start(v)} to {@code end(v)}, sorted by
 * topic index. Immutable; built by {@link CurriculumBuilder}.
 */
public final class Adjacency {
  private final int[] offsets;
  private final int[] targets;

  Adjacency(int[] offsets, int[] targets) {
    this.offsets = offsets;
    this.targets = targets;
  }

  /**
   * The first {@code count} {@code edges} (each {@code from << 32 | to}), each once, as the
   * adjacency of {@code n} topics, targets in index order.
   */
  static Adjacency ofEdges(long[] edges, int count, int n) {
    long[] sorted = Arrays.copyOf(edges, count);
    Arrays.sort(sorted);
    int m = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (m == 0 || sorted[m - 1] != sorted[i]) {
        sorted[m++] = sorted[i];
      }
    }
    int[] offsets = new int[n + 1];
    int[] targets = new int[m];
    for (int k = 0; k < m; k++) {
      offsets[(int) (sorted[k] >>> 32) + 1]++;
      targets[k] = (int) sorted[k];
    }
    for (int i = 0; i < n; i++) {
      offsets[i + 1] += offsets[i];
    }
    return new Adjacency(offsets, targets);
  }

  /** The first edge index of {@code v}. */
  public int start(int v) {
    return offsets[v];
  }

  /** One past the last edge index of {@code v}. */
  public int end(int v) {
    return offsets[v + 1];
  }

  public int degree(int v) {
    return offsets[v + 1] - offsets[v];
  }

  /** The topic at the far end of edge {@code k}. */
  public int target(int k) {
    return targets[k];
  }

  /** The neighbours of {@code v}, as a fresh array. */
  public int[] neighbors(int v) {
    int[] out = new int[degree(v)];
    System.arraycopy(targets, offsets[v], out, 0, out.length);
    return out;
  }

  public void forEachNeighbor(int v, IntConsumer action) {
    for (int k = offsets[v], end = offsets[v + 1]; k < end; k++) {
      action.accept(targets[k]);
    }
  }

  /** The edge index from {@code v} to {@code w}, or -1 when there is none. */
  public int edgeIndex(int v, int w) {
    int lo = offsets[v];
    int hi = offsets[v + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int t = targets[mid];
      if (t < w) {
        lo = mid + 1;
      } else if (t > w) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The same edges pointing the other way, each list sorted as the forward lists are. */
  Adjacency reversed() {
    int n = offsets.length - 1;
    int[] off = new int[n + 1];
    for (int t : targets) {
      off[t + 1]++;
    }
    for (int i = 0; i < n; i++) {
      off[i + 1] += off[i];
    }
    int[] fill = Arrays.copyOf(off, n);
    int[] out = new int[targets.length];
    for (int v = 0; v < n; v++) {
      for (int k = offsets[v]; k < offsets[v + 1]; k++) {
        out[fill[targets[k]]++] = v;
      }
    }
    return new Adjacency(off, out);
  }

  /** The raw arrays, for the snapshot codec. */
  int[] offsets() {
    return offsets;
  }

  int[] targets() {
    return targets;
  }

  /** How many edges in all. */
  public int edgeCount() {
    return targets.length;
  }
}
