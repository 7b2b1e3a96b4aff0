package io.github.mlpath.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.bench.PlacementSimulation.Result;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.plan.Planner;
import io.github.mlpath.graph.load.RdfLoader;
import io.github.mlpath.graph.read.CurriculumReader;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The placement targets on the bundled curriculum, for 1,000 truthful learners. */
class PlacementSimulationTest {
  private static Planner planner;
  private static List<BitSet> learners;

  @BeforeAll
  static void load() {
    Curriculum c =
        CurriculumReader.read(RdfLoader.load(RdfLoader.withVocabulary(RdfLoader.bundled())));
    planner = Planner.of(c);
    learners = PlacementSimulation.learners(c, 1000, 42);
  }

  private static void assertTargets(Result r) {
    assertEquals(r.learners(), r.exact(), r.scope() + ": every known set recovered exactly");
    assertTrue(
        r.meanQuestions() <= r.topics() / 3.0,
        r.scope() + ": mean " + r.meanQuestions() + " questions for " + r.topics() + " topics");
    assertTrue(r.meanQuestions() >= r.sampleEntropy(), "no strategy beats the entropy bound");
  }

  @Test
  void theWholeCurriculumIsRecoveredExactlyInAThirdOfItsTopicsOrFewer() {
    assertTargets(PlacementSimulation.run(planner, List.of(), learners));
  }

  @Test
  void backpropagationsClosureIsRecoveredExactlyInAThirdOfItsTopicsOrFewer() {
    assertTargets(PlacementSimulation.run(planner, List.of("backpropagation"), learners));
  }
}
