package io.github.mlpath.core.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mlpath.core.SeedFixture;
import io.github.mlpath.core.TopicKind;
import io.github.mlpath.core.plan.Planner;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsedForTest {
  private final Planner planner = Planner.of(SeedFixture.curriculum());

  @Test
  void groupsWhatATopicUnlocksByKindNearestFirst() {
    UsedForReport report = planner.usedFor("derivative");
    assertEquals("derivatives", report.topic().id());
    assertEquals(2, report.direct());
    assertEquals(3, report.total());
    assertEquals(
        List.of(TopicKind.ML_CONCEPT, TopicKind.MATH),
        report.groups().stream().map(KindGroup::kind).toList());
    List<Unlocked> ml = report.groups().get(0).topics();
    assertEquals(
        List.of("activation-functions", "backpropagation"),
        ml.stream().map(u -> u.topic().id()).toList());
    assertEquals(1, ml.get(0).distance());
    assertEquals("derivatives", ml.get(0).via().required().id());
    assertEquals(2, ml.get(1).distance());
    assertEquals("activation-functions", ml.get(1).via().required().id());
    assertEquals("chain-rule", report.groups().get(1).topics().get(0).topic().id());
  }

  @Test
  void aTopicNothingRequiresUnlocksNothing() {
    UsedForReport report = planner.usedFor("backpropagation");
    assertEquals(0, report.total());
    assertEquals(List.of(), report.groups());
  }
}
