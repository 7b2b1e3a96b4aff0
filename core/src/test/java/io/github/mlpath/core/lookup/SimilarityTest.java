package io.github.mlpath.core.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimilarityTest {
  @Test
  void suggestsTheClosestIdsFirst() {
    List<String> ids =
        List.of("backpropagation", "derivatives", "dropout", "backprop-through-time");
    assertEquals(List.of("backpropagation"), Similarity.closest("backpropagaton", ids, 3));
    assertEquals(List.of("derivatives"), Similarity.closest("dervatives", ids, 3));
  }

  @Test
  void suggestsNothingForUnrelatedNames() {
    assertEquals(List.of(), Similarity.closest("zz", List.of("ab", "derivatives"), 3));
  }
}
