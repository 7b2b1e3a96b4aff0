package io.github.mlpath.graph.store;

import io.github.mlpath.core.Curriculum;
import java.util.Collection;

/**
 * A store that plans on one read of all its data (files in memory, a TDB2 store): every planning
 * scope is answered by its {@link SnapshotPlanning}, so the scopes behave the same whatever holds
 * the data.
 */
interface SnapshotStore extends Store {

  /** The planning on the store's current read of its data, made when first needed. */
  SnapshotPlanning planning();

  @Override
  default Curriculum whole() {
    return planning().whole();
  }

  /**
   * The whole curriculum: the snapshot is read already, so nothing is saved by leaving parts out.
   */
  @Override
  default Curriculum structure() {
    return whole();
  }

  @Override
  default Curriculum asRead() {
    return planning().asRead();
  }

  @Override
  default long errorCount() {
    return planning().errorCount();
  }

  @Override
  default Curriculum closureOf(Collection<String> names) {
    return planning().closureOf(names);
  }

  @Override
  default Curriculum dependentsOf(String name) {
    return planning().dependentsOf(name);
  }
}
