package io.github.mlpath.core.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.SeedFixture;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImplicitCreditTest {
  @Test
  void creditHalvesWithEachEdgeAndStopsAfterThree() {
    Curriculum c = SeedFixture.curriculum();
    Map<String, Double> byId = new LinkedHashMap<>();
    ImplicitCredit.from(c, c.indexOf("chain-rule").getAsInt())
        .forEach((v, credit) -> byId.put(c.id(v), credit));
    assertEquals(Map.of("derivatives", 0.5, "calculus", 0.25, "algebra", 0.125), byId);
  }

  @Test
  void aTopicReachedByTwoChainsGetsTheCreditOfTheShorter() {
    Curriculum c = SeedFixture.curriculum();
    Map<Integer, Double> credit = ImplicitCredit.from(c, c.indexOf("backpropagation").getAsInt());
    assertEquals(0.5, credit.get(c.indexOf("chain-rule").getAsInt()));
    assertEquals(0.25, credit.get(c.indexOf("derivatives").getAsInt()), "via the chain rule");
    assertEquals(0.125, credit.get(c.indexOf("algebra").getAsInt()), "via exponential-function");
    assertEquals(null, credit.get(c.indexOf("python-basics").getAsInt()), "five edges down");
  }
}
