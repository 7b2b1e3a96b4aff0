package io.github.mlpath.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.UmbrellaFixture;
import io.github.mlpath.core.UmbrellaTopic;
import io.github.mlpath.core.lookup.DependencyChain;
import io.github.mlpath.core.lookup.MathNeed;
import io.github.mlpath.core.lookup.NeedList;
import io.github.mlpath.core.lookup.Unlocked;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Umbrella topics are groupings, not steps, in every planning answer. */
class UmbrellaPlanningTest {
  private final Curriculum c = UmbrellaFixture.curriculum();
  private final Planner planner = Planner.of(c);

  private static List<String> ids(LearningPath p) {
    return p.steps().stream().map(s -> s.topic().id()).toList();
  }

  @Test
  void partsAreEveryTopicWhoseBroaderLinksLeadUpToTheUmbrellaLeavingNestedUmbrellasOut() {
    int calculus = c.indexOf("calculus").getAsInt();
    assertTrue(c.isUmbrella(calculus));
    assertFalse(c.isUmbrella(c.indexOf("derivatives").getAsInt()));
    assertEquals(
        List.of("limits", "derivatives", "chain-rule"),
        UmbrellaTopic.of(c, calculus).parts().stream().map(TopicRef::id).toList());
    assertEquals(
        List.of("mean"),
        UmbrellaTopic.of(c, c.indexOf("statistics").getAsInt()).parts().stream()
            .map(TopicRef::id)
            .toList());
  }

  @Test
  void anUmbrellaGoalMeansAllItsPartsAndIsNeverAStep() {
    LearningPath path = planner.path(PathRequest.to("calculus"));
    assertEquals(List.of("functions", "derivatives", "chain-rule", "limits"), ids(path));
    assertEquals(
        List.of("derivatives", "chain-rule", "limits"),
        path.steps().stream().filter(Step::goal).map(s -> s.topic().id()).toList());
    assertEquals("calculus", path.goalUmbrellas().get(0).topic().id());
    assertEquals(3, path.goalUmbrellas().get(0).parts().size());
  }

  @Test
  void knowingAnUmbrellaMeansKnowingEveryTopicUnderItAndThePathSaysSo() {
    LearningPath path =
        planner.path(PathRequest.to("backpropagation").withKnown(List.of("calculus")));
    assertEquals(List.of("gradient-descent", "backpropagation"), ids(path));
    UmbrellaTopic known = path.knownUmbrellas().get(0);
    assertEquals("calculus", known.topic().id());
    assertEquals(3, known.parts().size());
  }

  @Test
  void withoutImpliedKnowledgeAKnownUmbrellaStillCoversItsParts() {
    BitSet known = planner.known(List.of("calculus"), false);
    assertEquals(3, known.cardinality());
    for (String part : List.of("limits", "derivatives", "chain-rule")) {
      assertTrue(known.get(c.indexOf(part).getAsInt()), part);
    }
  }

  @Test
  void nextNeverSuggestsAnUmbrella() {
    List<String> ready =
        planner.next(NextRequest.knowing(List.of())).topics().stream()
            .map(t -> t.topic().id())
            .toList();
    assertEquals(List.of("exponents", "functions", "mean"), ready.stream().sorted().toList());
  }

  @Test
  void needOfAnUmbrellaListsItsPartsAndWhatTheyNeed() {
    NeedList needs = planner.need(NeedRequest.of("calculus"));
    assertEquals(
        List.of("functions", "derivatives", "chain-rule", "limits"),
        needs.needs().stream().map(n -> n.topic().id()).toList());
    MathNeed derivatives = needs.needs().get(1);
    assertEquals(0, derivatives.distance());
    assertEquals(1, needs.needs().get(0).distance());
  }

  @Test
  void aPartIsPartOfItsUmbrellaNotDependentOnIt() {
    DependencyChain chain = planner.why("limits", "calculus").orElseThrow();
    assertTrue(chain.partOf());
    assertEquals("limits", chain.toPart().orElseThrow().id());
  }

  @Test
  void whyAnUmbrellaGoesThroughItsNearestPart() {
    DependencyChain chain = planner.why("backpropagation", "calculus").orElseThrow();
    assertFalse(chain.partOf());
    assertEquals("chain-rule", chain.toPart().orElseThrow().id());
    assertEquals(1, chain.links().size());
    assertTrue(planner.why("backpropagation", "statistics").isEmpty());
  }

  @Test
  void usedForAnUmbrellaIsWhatItsPartsUnlockOutsideIt() {
    List<String> unlocked =
        planner.usedFor("calculus").groups().stream()
            .flatMap(g -> g.topics().stream())
            .map(Unlocked::topic)
            .map(TopicRef::id)
            .toList();
    assertEquals(List.of("backpropagation", "gradient-descent"), unlocked);
  }
}
