package io.github.mlpath.core.lookup;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.Link;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.order.Closure;
import io.github.mlpath.core.order.Ranking;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The reverse of {@link Needs}: what a topic unlocks. A breadth-first search up the "required by"
 * edges, visiting in rank order, gives every dependent topic with its distance and the edge it was
 * reached by. For an umbrella topic, what its parts unlock outside it.
 */
public final class UsedFor {
  private UsedFor() {}

  /** Every topic that requires {@code topic}, grouped by kind. */
  public static UsedForReport of(Curriculum c, Ranking ranking, int topic) {
    int[] from = Bfs.byRank(Closure.expand(c, new int[] {topic}), ranking);
    Bfs bfs = Bfs.run(c.requiredBy(), c.size(), from, c.umbrellas(), ranking, new BitSet());
    TopicKind[] kinds = TopicKind.values();
    List<List<int[]>> byKind = new ArrayList<>();
    for (int i = 0; i < kinds.length; i++) {
      byKind.add(new ArrayList<>());
    }
    int direct = 0;
    for (int i = from.length; i < bfs.visited; i++) {
      int v = bfs.order[i];
      byKind.get(c.kind(v).ordinal()).add(new int[] {bfs.distance[v], ranking.rank(v), v});
      if (bfs.distance[v] == 1) {
        direct++;
      }
    }
    List<KindGroup> groups = new ArrayList<>();
    for (int i = 0; i < kinds.length; i++) {
      List<int[]> members = byKind.get(i);
      if (members.isEmpty()) {
        continue;
      }
      members.sort(
          (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
      List<Unlocked> topics = new ArrayList<>(members.size());
      for (int[] m : members) {
        int v = m[2];
        topics.add(new Unlocked(TopicRef.of(c, v), m[0], Link.of(c, v, bfs.parent[v])));
      }
      groups.add(new KindGroup(kinds[i], topics));
    }
    return new UsedForReport(TopicRef.of(c, topic), direct, bfs.visited - from.length, groups);
  }
}
