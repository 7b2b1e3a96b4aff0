package io.github.mlpath.core.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Link;
import io.github.mlpath.core.SeedFixture;
import io.github.mlpath.core.TopicRef;
import io.github.mlpath.core.plan.NeedRequest;
import io.github.mlpath.core.plan.Planner;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NeedsTest {
  private final Planner planner = Planner.of(SeedFixture.curriculum());

  private static List<String> ids(NeedList list) {
    return list.needs().stream().map(n -> n.topic().id()).toList();
  }

  @Test
  void activationFunctionsNeedCalculusTopicsSuchAsDerivativesInLearningOrder() {
    NeedList needs = planner.need(NeedRequest.of("activation-functions"));
    assertEquals(
        List.of(
            "linear-algebra",
            "matrix-multiplication",
            "algebra",
            "calculus",
            "derivatives",
            "exponential-function"),
        ids(needs));
  }

  @Test
  void eachNeedCarriesItsChainOfReasonsBackToTheTopic() {
    MathNeed derivatives =
        planner.need(NeedRequest.of("activation functions")).needs().stream()
            .filter(n -> n.topic().id().equals("derivatives"))
            .findFirst()
            .orElseThrow();
    assertEquals(1, derivatives.distance());
    Link link = derivatives.chain().get(0);
    assertEquals("activation-functions", link.topic().id());
    assertEquals("derivatives", link.required().id());
    assertEquals(
        Optional.of("training multiplies gradients by the activation's derivative"), link.reason());
    assertEquals("essence-of-calculus-2", derivatives.resource().orElseThrow().resource().id());

    MathNeed matrix =
        planner.need(NeedRequest.of("activation-functions")).needs().stream()
            .filter(n -> n.topic().id().equals("matrix-multiplication"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("activation-functions", "neural-networks"),
        matrix.chain().stream().map(l -> l.topic().id()).toList());
    assertEquals(
        Optional.of("a layer computes all its weighted sums at once as one matrix-vector product"),
        matrix.chain().get(1).reason());
  }

  @Test
  void depthOneKeepsOnlyTheDirectNeeds() {
    assertEquals(
        List.of("derivatives", "exponential-function"),
        ids(planner.need(NeedRequest.of("activation-functions").withMaxDepth(1))));
  }

  @Test
  void knownMathAndWhatItImpliesIsLeftOut() {
    NeedList needs =
        planner.need(NeedRequest.of("backpropagation").withKnown(List.of("derivatives")));
    assertEquals(
        List.of("linear-algebra", "matrix-multiplication", "exponential-function", "chain-rule"),
        ids(needs));
    NeedList notImplied =
        planner.need(
            NeedRequest.of("backpropagation").withKnown(List.of("derivatives")).withImplied(false));
    assertTrue(ids(notImplied).contains("algebra"), "algebra is still needed for e^x");
    assertTrue(!ids(notImplied).contains("calculus"), "only derivatives needed calculus");
  }

  @Test
  void aKnownTopicNeedsNothing() {
    NeedList needs = planner.need(NeedRequest.of("calculus").withKnown(List.of("derivatives")));
    assertTrue(needs.alreadyKnown());
    assertEquals(List.of(), needs.needs());
    assertEquals(
        new TopicRef("calculus", "Calculus", io.github.mlpath.core.TopicKind.MATH), needs.topic());
  }

  @Test
  void aProgrammingTopicNeedsNoMathAtAll() {
    NeedList needs = planner.need(NeedRequest.of("list-slicing"));
    assertEquals(List.of(), needs.needs());
    assertEquals(0, needs.knownMath());
  }

  @Test
  void whenAllTheMathIsKnownTheListSaysHowMuchOfItWas() {
    NeedList needs =
        planner.need(
            NeedRequest.of("activation-functions")
                .withKnown(
                    List.of("matrix-multiplication", "derivatives", "exponential-function")));
    assertEquals(List.of(), needs.needs());
    assertEquals(6, needs.knownMath(), "the three named and what they imply");
  }
}
