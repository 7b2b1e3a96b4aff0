package io.github.mlpath.core.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mlpath.core.Link;
import io.github.mlpath.core.SeedFixture;
import io.github.mlpath.core.plan.Planner;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WhyTest {
  private final Planner planner = Planner.of(SeedFixture.curriculum());

  @Test
  void givesTheShortestChainWithReasons() {
    DependencyChain chain = planner.why("backpropagation", "calculus").orElseThrow();
    assertEquals("backpropagation", chain.topic().id());
    assertEquals("calculus", chain.dependsOn().id());
    assertEquals(
        List.of(
            "backpropagation -> activation-functions",
            "activation-functions -> derivatives",
            "derivatives -> calculus"),
        chain.links().stream().map(l -> l.topic().id() + " -> " + l.required().id()).toList());
    assertEquals(Optional.empty(), chain.links().get(0).reason());
    assertEquals(
        Optional.of("training multiplies gradients by the activation's derivative"),
        chain.links().get(1).reason());
  }

  @Test
  void prefersTheShorterOfTwoChains() {
    // activation-functions reaches algebra through derivatives (3 edges) or e^x (2 edges).
    DependencyChain chain = planner.why("activation functions", "algebra").orElseThrow();
    assertEquals(2, chain.links().size());
    assertEquals("exponential-function", chain.links().get(0).required().id());
    assertEquals(
        Optional.of("sigmoid, tanh and softmax are all built from e to the x"),
        chain.links().get(0).reason());
  }

  @Test
  void breaksTiesBetweenEquallyShortChainsByIdOfTheNextTopic() {
    // backpropagation reaches derivatives through activation-functions or chain-rule.
    List<Link> links = planner.why("backpropagation", "derivatives").orElseThrow().links();
    assertEquals("activation-functions", links.get(0).required().id());
  }

  @Test
  void isEmptyWhenTheTopicDoesNotDependOnTheOther() {
    assertEquals(Optional.empty(), planner.why("algebra", "backpropagation"));
    assertEquals(Optional.empty(), planner.why("statistics", "probability"));
    assertEquals(Optional.empty(), planner.why("algebra", "algebra"));
  }
}
