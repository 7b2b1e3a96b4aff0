package io.github.mlpath.graph.store;

class MemorySourceTest extends CurriculumSourceContract {
  @Override
  Store open() {
    return Stores.memory(StoreFixtures.bundled());
  }

  @Override
  boolean fetchesSubgraphs() {
    return false;
  }
}
