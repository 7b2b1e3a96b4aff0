package io.github.mlpath.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.CurriculumBuilder;
import io.github.mlpath.core.CycleException;
import io.github.mlpath.core.SeedFixture;
import io.github.mlpath.core.Topic;
import io.github.mlpath.core.TopicKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class LearningOrderTest {
  private final Curriculum c = SeedFixture.curriculum();
  private final Ranking ranking = Ranking.byId(c);

  private List<String> ids(int[] order) {
    List<String> out = new ArrayList<>();
    for (int v : order) {
      out.add(c.id(v));
    }
    return out;
  }

  private BitSet closureOf(String... ids) {
    int[] goals = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      goals[i] = c.indexOf(ids[i]).getAsInt();
    }
    return Closure.prerequisites(c, goals);
  }

  @Test
  void justInTimePutsProgrammingThenProjectThenEachMathBlockRightBeforeItsFirstUser() {
    assertEquals(
        List.of(
            "basic-terminal-commands",
            "python-basics",
            "dictionaries-and-tuples",
            "exception-handling",
            "list-slicing",
            "object-oriented-programming",
            "string-formatting",
            "kaggle-titanic-competition",
            "linear-algebra",
            "matrix-multiplication",
            "neural-networks",
            "algebra",
            "calculus",
            "derivatives",
            "exponential-function",
            "activation-functions"),
        ids(LearningOrder.justInTime(c, closureOf("activation-functions"), ranking)));
  }

  @Test
  void mathFirstPutsEveryMathTopicBeforeAnyProgramming() {
    assertEquals(
        List.of(
            "algebra",
            "calculus",
            "derivatives",
            "exponential-function",
            "linear-algebra",
            "matrix-multiplication",
            "basic-terminal-commands",
            "python-basics",
            "dictionaries-and-tuples",
            "exception-handling",
            "list-slicing",
            "object-oriented-programming",
            "string-formatting",
            "kaggle-titanic-competition",
            "neural-networks",
            "activation-functions"),
        ids(LearningOrder.mathFirst(c, closureOf("activation-functions"), ranking)));
  }

  @Test
  void strategiesDifferOnTheSeedCurriculum() {
    BitSet topics = closureOf("backpropagation");
    assertNotEquals(
        ids(LearningOrder.justInTime(c, topics, ranking)),
        ids(LearningOrder.mathFirst(c, topics, ranking)));
  }

  @Test
  void mathGoalsComeAtTheEndOfAJustInTimeOrder() {
    assertEquals(
        List.of("algebra", "calculus", "derivatives"),
        ids(LearningOrder.justInTime(c, closureOf("derivatives"), ranking)));
  }

  @Test
  void refusesACycleAndNamesEveryTopicInIt() {
    CurriculumBuilder b = new CurriculumBuilder();
    for (String id : List.of("a", "b", "c", "d")) {
      b.addTopic(Topic.of(id, "urn:x:" + id, id, TopicKind.ML_CONCEPT));
    }
    b.addPrerequisite("d", "b").addPrerequisite("b", "c").addPrerequisite("c", "a");
    b.addPrerequisite("a", "b");
    Curriculum cyclic = b.build();
    BitSet all = new BitSet();
    all.set(0, 4);
    List<Order> orders = List.of(LearningOrder::justInTime, LearningOrder::mathFirst);
    for (Order order : orders) {
      CycleException e =
          assertThrows(CycleException.class, () -> order.apply(cyclic, all, Ranking.byId(cyclic)));
      assertEquals(List.of("a", "b", "c"), e.cycle());
      assertEquals("prerequisite cycle: a -> b -> c -> a", e.getMessage());
    }
  }

  @Test
  void aTopicWithAThousandMathPrerequisitesGetsThemAllRightBeforeItInIdOrder() {
    int n = 1000;
    CurriculumBuilder b = new CurriculumBuilder();
    b.addTopic(Topic.of("goal", "urn:x:goal", "Goal", TopicKind.ML_CONCEPT));
    b.addTopic(Topic.of("hub", "urn:x:hub", "Hub", TopicKind.MATH));
    b.addPrerequisite("goal", "hub");
    List<String> math = new ArrayList<>();
    for (int i = n - 1; i >= 0; i--) {
      String id = String.format("m%04d", i);
      math.add(0, id);
      b.addTopic(Topic.of(id, "urn:x:" + id, "M " + i, TopicKind.MATH));
      b.addPrerequisite("goal", id);
      b.addPrerequisite("hub", id); // a math topic with a thousand available math prerequisites
    }
    Curriculum wide = b.build();
    BitSet all = new BitSet();
    all.set(0, wide.size());
    List<String> order = new ArrayList<>();
    for (int v : LearningOrder.justInTime(wide, all, Ranking.byId(wide))) {
      order.add(wide.id(v));
    }
    List<String> expected = new ArrayList<>(math);
    expected.add("hub");
    expected.add("goal");
    assertEquals(expected, order);
  }

  private interface Order {
    int[] apply(Curriculum c, BitSet topics, Ranking r);
  }
}
