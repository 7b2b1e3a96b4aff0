package io.github.mlpath.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.CurriculumBuilder;
import io.github.mlpath.core.Topic;
import io.github.mlpath.core.TopicKind;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CyclesTest {
  static CurriculumBuilder topics(String... ids) {
    CurriculumBuilder b = new CurriculumBuilder();
    for (String id : ids) {
      b.addTopic(Topic.of(id, "urn:t:" + id, id, TopicKind.MATH));
    }
    return b;
  }

  @Test
  void findsEveryCycleIncludingSelfRequirements() {
    Curriculum c =
        topics("a", "b", "c", "x", "y", "s", "free")
            .addPrerequisite("a", "b")
            .addPrerequisite("b", "c")
            .addPrerequisite("c", "a")
            .addPrerequisite("y", "x")
            .addPrerequisite("x", "y")
            .addPrerequisite("s", "s")
            .addPrerequisite("free", "a")
            .build();
    assertEquals(List.of(List.of("a", "b", "c"), List.of("s"), List.of("x", "y")), Cycles.find(c));
  }

  @Test
  void componentsNameEveryTopicCaughtInACycleNotJustOneCycle() {
    Curriculum c =
        topics("a", "b", "c", "d", "s", "free")
            .addPrerequisite("a", "b")
            .addPrerequisite("b", "a")
            .addPrerequisite("b", "c")
            .addPrerequisite("c", "d")
            .addPrerequisite("d", "b")
            .addPrerequisite("s", "s")
            .addPrerequisite("free", "a")
            .build();
    assertEquals(List.of(List.of("a", "b"), List.of("s")), Cycles.find(c));
    assertEquals(List.of(List.of("a", "b", "c", "d"), List.of("s")), Cycles.components(c));
  }

  @Test
  void amongASetOnlyTheEdgesBetweenItsTopicsMakeACycle() {
    Curriculum c =
        topics("a", "b", "c", "x", "y")
            .addPrerequisite("a", "b")
            .addPrerequisite("b", "c")
            .addPrerequisite("c", "a")
            .addPrerequisite("x", "y")
            .addPrerequisite("y", "a")
            .addPrerequisite("a", "x")
            .build();
    BitSet withoutB = new BitSet();
    for (String id : List.of("a", "c", "x", "y")) {
      withoutB.set(c.indexOf(id).getAsInt());
    }
    assertEquals(List.of(List.of("a", "x", "y")), Cycles.find(c, withoutB));
    withoutB.clear(c.indexOf("y").getAsInt());
    assertEquals(List.of(), Cycles.find(c, withoutB));
    assertEquals(List.of(List.of("a", "b", "c")), Cycles.find(c));
  }

  @Test
  void acyclicCurriculumHasNoCycle() {
    Curriculum c = topics("a", "b").addPrerequisite("a", "b").build();
    assertEquals(List.of(), Cycles.find(c));
  }

  @Test
  void longChainDoesNotOverflowTheStack() {
    CurriculumBuilder b = new CurriculumBuilder(200_000);
    for (int i = 0; i < 200_000; i++) {
      b.addTopic(Topic.of("t" + i, "urn:t:t" + i, "t" + i, TopicKind.MATH));
      if (i > 0) {
        b.addPrerequisite("t" + i, "t" + (i - 1));
      }
    }
    b.addPrerequisite("t0", "t199999");
    List<List<String>> cycles = Cycles.find(b.build());
    assertEquals(1, cycles.size());
    assertEquals(200_000, cycles.get(0).size());
  }
}
