package io.github.mlpath.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IdIndexTest {
  @Test
  void internsEachStringOnceAndFindsItAfterRehashing() {
    IdIndex index = new IdIndex(4);
    for (int i = 0; i < 10_000; i++) {
      assertEquals(i, index.intern("topic-" + i + "-ü"));
    }
    assertEquals(42, index.intern("topic-42-ü"));
    assertEquals(9_999, index.find("topic-9999-ü"));
    assertEquals(-1, index.find("topic-10000-ü"));
    assertEquals("topic-7-ü", index.get(7));
  }
}
