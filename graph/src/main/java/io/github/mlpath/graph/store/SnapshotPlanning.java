package io.github.mlpath.graph.store;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.lookup.TopicResolver;
import io.github.mlpath.core.order.Closure;
import io.github.mlpath.graph.ReadResult;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Answers the planning scopes of a source from one read of all its data (a snapshot): every scope
 * is the whole curriculum, after checking that the data's errors leave the topics of the scope
 * alone ({@link ReadResult#checkUsableFor}); the errors elsewhere are counted in a notice.
 */
final class SnapshotPlanning {
  private final ReadResult read;
  private final Consumer<String> notices;

  SnapshotPlanning(ReadResult read, Consumer<String> notices) {
    this.read = read;
    this.notices = notices;
  }

  Curriculum whole() {
    Curriculum c = read.curriculum();
    BitSet all = new BitSet();
    all.set(0, c.size());
    return checked(all);
  }

  Curriculum closureOf(Collection<String> names) {
    Curriculum c = read.curriculum();
    TopicResolver resolver = TopicResolver.of(c);
    BitSet start = new BitSet();
    for (String name : names) {
      int v = resolver.resolve(name);
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
    int v = TopicResolver.of(c).resolve(name);
    BitSet scope = Closure.dependents(c, new int[] {v});
    scope.set(v);
    return checked(scope);
  }

  private Curriculum checked(BitSet scope) {
    Curriculum c = read.curriculum();
    List<String> ids = new ArrayList<>(scope.cardinality());
    scope.stream().forEach(v -> ids.add(c.id(v)));
    read.checkUsableFor(ids).ifPresent(notices);
    return c;
  }
}
