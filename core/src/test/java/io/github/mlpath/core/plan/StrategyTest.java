package io.github.mlpath.core.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpath.core.Adjacency;
import io.github.mlpath.core.Curriculum;
import io.github.mlpath.core.SeedFixture;
import io.github.mlpath.core.order.Closure;
import io.github.mlpath.core.order.LearningOrder;
import io.github.mlpath.core.order.Ranking;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StrategyTest {
  private final Curriculum c = SeedFixture.curriculum();
  private final Ranking ranking = Ranking.byId(c);
  private final BitSet topics =
      Closure.prerequisites(c, new int[] {c.indexOf("activation-functions").getAsInt()});

  @Test
  void everyStrategyPutsEachTopicOnceAndAfterWhatItRequires() {
    Adjacency requires = c.requires();
    for (Strategy s : Strategy.values()) {
      int[] order = s.order(c, topics, ranking);
      assertEquals(topics.cardinality(), order.length, s.slug());
      BitSet placed = new BitSet();
      for (int v : order) {
        for (int k = requires.start(v); k < requires.end(v); k++) {
          int w = requires.target(k);
          assertTrue(!topics.get(w) || placed.get(w), s.slug() + ": " + c.id(v) + " before " + w);
        }
        placed.set(v);
      }
      assertEquals(topics, placed, s.slug());
    }
  }

  @Test
  void eachStrategyUsesItsOwnAlgorithm() {
    assertArrayEquals(
        LearningOrder.justInTime(c, topics, ranking), Strategy.JIT.order(c, topics, ranking));
    assertArrayEquals(
        LearningOrder.mathFirst(c, topics, ranking), Strategy.MATH_FIRST.order(c, topics, ranking));
  }

  @Test
  void slugsAreDistinctAndNameTheirStrategy() {
    Set<String> seen = new HashSet<>();
    for (Strategy s : Strategy.values()) {
      assertTrue(seen.add(s.slug()), s.slug());
      assertEquals(Optional.of(s), Strategy.fromSlug(s.slug()));
    }
    assertEquals(Optional.empty(), Strategy.fromSlug("alphabetical"));
  }
}
