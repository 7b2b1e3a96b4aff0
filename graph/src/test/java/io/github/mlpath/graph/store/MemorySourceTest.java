package io.github.mlpath.graph.store;

import io.github.mlpath.graph.CurriculumSource;

class MemorySourceTest extends CurriculumSourceContract {
  @Override
  CurriculumSource open() {
    return CurriculumSource.memory(StoreFixtures.bundled());
  }

  @Override
  boolean fetchesSubgraphs() {
    return false;
  }
}
