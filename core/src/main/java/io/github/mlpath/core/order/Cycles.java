package io.github.mlpath.core.order;

import io.github.mlpath.core.Adjacency;
import io.github.mlpath.core.Curriculum;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds prerequisite cycles: every strongly connected component with more than one topic, and every
 * topic that requires itself. Iterative Tarjan, so a million-topic chain does not overflow the
 * stack; linear in topics plus edges.
 */
public final class Cycles {
  private Cycles() {}

  /**
   * Every cycle, each as the ids of its topics in an order where each requires the next (and the
   * last the first), starting from its smallest id; cycles sorted by that first id.
   */
  public static List<List<String>> find(Curriculum c) {
    return find(c, all(c));
  }

  /**
   * Every cycle among the topics of {@code among}, following only the edges between them, named as
   * {@link #find(Curriculum)} names them.
   */
  public static List<List<String>> find(Curriculum c, BitSet among) {
    List<int[]> components = stronglyConnected(c, among);
    List<List<String>> out = new ArrayList<>();
    for (int[] comp : components) {
      out.add(cycleThrough(c, comp));
    }
    out.sort(Comparator.comparing((List<String> l) -> l.get(0)));
    return out;
  }

  /**
   * Every strongly connected component that holds a cycle (more than one topic, or one topic that
   * requires itself), each as its topics' ids sorted, components sorted by their first id. Where
   * {@link #find} names one cycle per component, this names every topic caught in it.
   */
  public static List<List<String>> components(Curriculum c) {
    List<List<String>> out = new ArrayList<>();
    for (int[] comp : stronglyConnected(c)) {
      List<String> ids = new ArrayList<>(comp.length);
      for (int v : comp) {
        ids.add(c.id(v));
      }
      Collections.sort(ids);
      out.add(List.copyOf(ids));
    }
    out.sort(Comparator.comparing((List<String> l) -> l.get(0)));
    return out;
  }

  /** The topics of every cyclic component (size above one, or a self-loop), as index arrays. */
  static List<int[]> stronglyConnected(Curriculum c) {
    return stronglyConnected(c, all(c));
  }

  private static List<int[]> stronglyConnected(Curriculum c, BitSet among) {
    Tarjan t = new Tarjan(c.requires(), c.size(), among);
    for (int root = among.nextSetBit(0); root >= 0; root = among.nextSetBit(root + 1)) {
      if (t.index[root] < 0) {
        t.from(root);
      }
    }
    return t.out;
  }

  private static BitSet all(Curriculum c) {
    BitSet all = new BitSet(c.size());
    all.set(0, c.size());
    return all;
  }

  /** Tarjan's algorithm with an explicit call stack of (vertex, next edge) frames. */
  private static final class Tarjan {
    final Adjacency g;
    final BitSet among;
    final int[] index;
    final int[] low;
    final boolean[] onStack;
    final int[] stack;
    final int[] callVertex;
    final int[] callEdge;
    final List<int[]> out = new ArrayList<>();
    int sp;
    int counter;
    int depth;

    Tarjan(Adjacency g, int n, BitSet among) {
      this.g = g;
      this.among = among;
      index = new int[n];
      low = new int[n];
      Arrays.fill(index, -1);
      onStack = new boolean[n];
      stack = new int[n];
      callVertex = new int[n];
      callEdge = new int[n];
    }

    void from(int root) {
      depth = -1;
      enter(root);
      while (depth >= 0) {
        int v = callVertex[depth];
        if (callEdge[depth] < g.end(v)) {
          int w = g.target(callEdge[depth]++);
          if (!among.get(w)) {
            continue;
          }
          if (index[w] < 0) {
            enter(w);
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
        } else {
          leave(v);
        }
      }
    }

    private void enter(int v) {
      index[v] = low[v] = counter++;
      stack[sp++] = v;
      onStack[v] = true;
      depth++;
      callVertex[depth] = v;
      callEdge[depth] = g.start(v);
    }

    private void leave(int v) {
      if (low[v] == index[v]) {
        int top = sp;
        do {
          onStack[stack[--sp]] = false;
        } while (stack[sp] != v);
        int[] comp = Arrays.copyOfRange(stack, sp, top);
        if (comp.length > 1 || g.edgeIndex(v, v) >= 0) {
          out.add(comp);
        }
      }
      depth--;
      if (depth >= 0) {
        int parent = callVertex[depth];
        low[parent] = Math.min(low[parent], low[v]);
      }
    }
  }

  /** A simple cycle through the component's smallest id, by breadth-first search inside it. */
  private static List<String> cycleThrough(Curriculum c, int[] comp) {
    Adjacency g = c.requires();
    int start = comp[0];
    for (int v : comp) {
      if (c.id(v).compareTo(c.id(start)) < 0) {
        start = v;
      }
    }
    if (comp.length == 1) {
      return List.of(c.id(start));
    }
    Set<Integer> members = new HashSet<>();
    for (int v : comp) {
      members.add(v);
    }
    Map<Integer, Integer> parent = new HashMap<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(start);
    parent.put(start, -1);
    int last = -1;
    while (!queue.isEmpty() && last < 0) {
      int v = queue.poll();
      int[] next = g.neighbors(v);
      Integer[] boxed = Arrays.stream(next).boxed().toArray(Integer[]::new);
      Arrays.sort(boxed, Comparator.comparing(c::id));
      for (int w : boxed) {
        if (w == start) {
          last = v;
          break;
        }
        if (members.contains(w) && !parent.containsKey(w)) {
          parent.put(w, v);
          queue.add(w);
        }
      }
    }
    List<String> path = new ArrayList<>();
    for (int v = last; v != -1; v = parent.get(v)) {
      path.add(c.id(v));
    }
    Collections.reverse(path);
    return path;
  }
}
