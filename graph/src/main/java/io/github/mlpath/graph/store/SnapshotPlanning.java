package io.github.mlpath.graph.store;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.lookup.TopicResolver;
import io.github.mlpath.core.order.Closure;
import io.github.mlpath.graph.ReadResult;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/**
 * Answers the planning scopes of a source from one read of all its data (a snapshot): every scope
 * is the whole curriculum, after checking that the data's errors leave the topics of the scope
 * alone ({@link ReadResult#checkUsableFor}). An answer so given ignores every error of the data
 * ({@link #errorCount}), since none of them concerns it. Immutable: one instance serves any number
 * of requests at once.
 */
final class SnapshotPlanning {
  private final ReadResult read;

  SnapshotPlanning(ReadResult read) {
    this.read = read;
  }

  /** The whole curriculum, when no error concerns any of its topics. */
  Curriculum whole() {
    Curriculum c = read.curriculum();
    BitSet all = new BitSet();
    all.set(0, c.size());
    return checked(all);
  }

  /** The curriculum as read, whatever errors it has: its users check their own topics. */
  Curriculum asRead() {
    return read.curriculum();
  }

  /** How many errors the data holds, each of which an answer given on it ignored. */
  long errorCount() {
    return read.errorCount();
  }

  Curriculum closureOf(Collection<String> names) {
    Curriculum c = read.curriculum();
    BitSet start = new BitSet();
    for (String name : names) {
      int v = indexOf(c, name);
      start.set(v);
      for (int part : c.parts(v)) {
        start.set(part); // an umbrella goal is planned as its parts
      }
    }
    BitSet scope = Closure.prerequisites(c, start.stream().toArray());
    scope.or(start);
    return checked(scope);
  }

  Curriculum dependentsOf(String name) {
    Curriculum c = read.curriculum();
    int v = indexOf(c, name);
    BitSet scope = Closure.dependents(c, new int[] {v});
    scope.set(v);
    return checked(scope);
  }

  /** The topic a name means: an id directly, else through the index of every name (built then). */
  private static int indexOf(Curriculum c, String name) {
    return c.indexOf(name).orElseGet(() -> TopicResolver.of(c).resolve(name));
  }

  private Curriculum checked(BitSet scope) {
    Curriculum c = read.curriculum();
    List<String> ids = new ArrayList<>(scope.cardinality());
    scope.stream().forEach(v -> ids.add(c.id(v)));
    read.checkUsableFor(ids);
    return c;
  }
}
