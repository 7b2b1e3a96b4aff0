package io.github.mlpath.core.order;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.CurriculumBuilder;
import io.github.mlpath.core.Topic;
import io.github.mlpath.core.TopicKind;
import org.junit.jupiter.api.Test;

class TieBreakTest {
  private static Curriculum withIds(String... ids) {
    CurriculumBuilder b = new CurriculumBuilder();
    for (String id : ids) {
      b.addTopic(Topic.of(id, "urn:t:" + id, id.toUpperCase(), TopicKind.MATH));
    }
    return b.build();
  }

  private static int[] ranksOf(Curriculum c) {
    int[] r = new int[c.size()];
    for (int v = 0; v < c.size(); v++) {
      r[v] = TieBreak.byId().ranks(c)[v];
    }
    return r;
  }

  @Test
  void idsAlreadyInIndexOrderRankAsTheirIndex() {
    assertArrayEquals(new int[] {0, 1, 2, 3}, ranksOf(withIds("a", "b", "c", "d")));
  }

  @Test
  void idsOutOfOrderAnywhereAreSortedAsStrings() {
    assertArrayEquals(new int[] {0, 1, 3, 2}, ranksOf(withIds("a", "b", "d", "c")));
    assertArrayEquals(new int[] {1, 0, 2}, ranksOf(withIds("topic-10", "topic-1", "topic-2")));
  }
}
