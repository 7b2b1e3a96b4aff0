package io.github.mlpath.core.order;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.CurriculumBuilder;
import io.github.mlpath.core.CycleException;
import io.github.mlpath.core.Topic;
import io.github.mlpath.core.TopicKind;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TopologicalSortTest {
  /**
   * a requires b requires c; z stands alone. Labels sort differently from ids, and "alpha" sorts
   * first only when case is ignored ("Cee" < "alpha" in plain string order).
   */
  static Curriculum chainWithSideTopics() {
    CurriculumBuilder b = new CurriculumBuilder();
    Map<String, String> labels = Map.of("c", "Cee", "b", "Bee", "a", "Ay", "z", "alpha");
    for (String id : List.of("c", "b", "a", "z")) {
      b.addTopic(Topic.of(id, "urn:t:" + id, labels.get(id), TopicKind.MATH));
    }
    return b.addPrerequisite("a", "b").addPrerequisite("b", "c").build();
  }

  private static String[] ids(Curriculum c, int[] order) {
    return Arrays.stream(order).mapToObj(c::id).toArray(String[]::new);
  }

  @Test
  void placesEveryTopicAfterWhatItRequiresAndBreaksTiesByLabelIgnoringCase() {
    Curriculum c = chainWithSideTopics();
    assertArrayEquals(
        new String[] {"z", "c", "b", "a"}, ids(c, TopologicalSort.order(c, TieBreak.byLabel())));
    assertArrayEquals(
        new String[] {"c", "b", "a", "z"}, ids(c, TopologicalSort.order(c, TieBreak.byId())));
  }

  @Test
  void sameDataAlwaysGivesTheSameOrder() {
    Random random = new Random(7);
    CurriculumBuilder b = new CurriculumBuilder();
    for (int i = 0; i < 300; i++) {
      b.addTopic(Topic.of("t" + i, "urn:t:t" + i, "T" + (i % 17), TopicKind.MATH));
      for (int k = 0; k < 3 && i > 0; k++) {
        b.addPrerequisite("t" + i, "t" + random.nextInt(i));
      }
    }
    Curriculum c = b.build();
    int[] first = TopologicalSort.order(c, TieBreak.byLabel());
    assertArrayEquals(first, TopologicalSort.order(c, TieBreak.byLabel()));
    int[] position = new int[c.size()];
    for (int i = 0; i < first.length; i++) {
      position[first[i]] = i;
    }
    for (int v = 0; v < c.size(); v++) {
      for (int w : c.requires().neighbors(v)) {
        assertTrue(position[w] < position[v], c.id(w) + " must come before " + c.id(v));
      }
    }
  }

  @Test
  void refusesACycleAndNamesEveryTopicInIt() {
    CurriculumBuilder b = new CurriculumBuilder();
    for (String id : List.of("a", "b", "c", "d")) {
      b.addTopic(Topic.of(id, "urn:t:" + id, id, TopicKind.MATH));
    }
    Curriculum c =
        b.addPrerequisite("a", "b")
            .addPrerequisite("b", "c")
            .addPrerequisite("c", "a")
            .addPrerequisite("d", "a")
            .build();
    CycleException e =
        assertThrows(CycleException.class, () -> TopologicalSort.order(c, TieBreak.byId()));
    assertEquals(List.of("a", "b", "c"), e.cycle());
    assertEquals("prerequisite cycle: a -> b -> c -> a", e.getMessage());
  }

  @Test
  void tiesCanFollowAComparatorOnWholeTopics() {
    Curriculum c = chainWithSideTopics();
    int[] order =
        TopologicalSort.order(
            c, TieBreak.comparing(java.util.Comparator.comparing(Topic::id).reversed()));
    String[] ids = Arrays.stream(order).mapToObj(c::id).toArray(String[]::new);
    assertArrayEquals(new String[] {"z", "c", "b", "a"}, ids);
  }
}
